import { isPoint, type TransportFeature, type TransportIndex } from '../../data/transport';
import type { Mode, Status } from '../../data/transport-schema';
import { transportAsOf } from '../../time/transport-as-of';
import { SOURCE, type SourceId } from '../ids';

export interface TransportVisibility {
  hiddenModes: readonly Mode[];
  hiddenStatuses: readonly Status[];
}

/** Whether the legend hides a transport feature: its mode or its status is switched off. */
export function hiddenByLegend(p: { mode: Mode; status: Status }, v: TransportVisibility): boolean {
  return v.hiddenModes.includes(p.mode) || v.hiddenStatuses.includes(p.status);
}

/** The map source a transport feature is drawn from (the index's lines and points, as in sourceData). */
export const transportSourceOf = (f: TransportFeature): SourceId => (isPoint(f) ? SOURCE.transportPoints : SOURCE.transportLines);

/**
 * The `hidden` feature-state of every transport feature for one legend state, by source. A station
 * is hidden with the lines it serves: switching off high-speed rail hides the stations that only
 * high-speed lines serve, and keeps a station that a shown line still serves.
 */
export function legendStates(transport: TransportIndex, v: TransportVisibility): { source: SourceId; id: string; hidden: boolean }[] {
  const lineHidden = (id: string) => {
    const line = transport.byId.get(id);
    return line !== undefined && hiddenByLegend(line.properties, v);
  };
  return transport.features.map((f) => {
    const lines = f.properties.mode === 'station' ? (f.properties.line_ids ?? []) : [];
    return {
      source: transportSourceOf(f),
      id: f.properties.id,
      hidden: hiddenByLegend(f.properties, v) || (lines.length > 0 && lines.every(lineHidden)),
    };
  });
}

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
