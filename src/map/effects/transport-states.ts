import type { TransportIndex } from '../../data/transport';
import { transportAsOf } from '../../time/transport-as-of';
import { legendStates, type TransportVisibility } from '../style';
import type { SourceId } from '../ids';

/**
 * The feature-state of every transport feature for the legend and the time slider: `hidden` when
 * the legend switches it off or it did not yet exist that year; `yr` the status it had then (null:
 * today's). One state per feature, so a slider step is one frame and no source is laid out again.
 */
export function transportStates(
  transport: TransportIndex,
  v: TransportVisibility & { asOf: number | null },
): { source: SourceId; id: string; state: { hidden: boolean; yr: string | null } }[] {
  const asOf = transportAsOf(transport.features, v.asOf);
  return legendStates(transport, v).map(({ source, id, hidden }) => {
    const s = asOf.get(id);
    const absent = s?.status === 'absent';
    return { source, id, state: { hidden: hidden || absent, yr: v.asOf === null || !s || absent ? null : s.status } };
  });
}
