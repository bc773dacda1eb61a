import type { TransportProps } from '../../data/transport-schema';
import { useStrings } from '../../i18n/use-strings';
import { useViewStore } from '../../state/view-store';
import { statusAsOf } from '../../time/transport-as-of';

/** In a feature's panel while the time slider is on: its status that year, or that its dates are unknown. */
export function AsOfFact({ props }: { props: Pick<TransportProps, 'status' | 'dates'> }) {
  const t = useStrings();
  const asOf = useViewStore((s) => s.asOf);
  if (asOf === null) return null;
  const s = statusAsOf(props, asOf);
  return (
    <>
      <dt>{t.asOfLabel}</dt>
      <dd data-testid="as-of-status" data-basis={s.basis}>
        {s.basis === 'unknown' ? t.asOfDatesUnknown(asOf) : t.asOfStatus(asOf, s.status === 'absent' ? t.asOfAbsent : t.statuses[s.status]!)}
      </dd>
    </>
  );
}
