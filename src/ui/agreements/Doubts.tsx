import type { Agreement } from '../../data/agreement-schema';
import { doubtsOf } from '../../agreements/doubts';
import { articleCount } from '../../data/agreements';
import { useStrings } from '../../i18n/use-strings';

/** Why the extractor is unsure, in plain words on one line (cards, the review screen); nothing when it is not. */
export function DoubtLine({ agreement }: { agreement: Pick<Agreement, 'reasons'> }) {
  const t = useStrings();
  const reasons = doubtsOf(agreement.reasons);
  if (reasons.length === 0) return null;
  return (
    <p className="doubts" data-testid="doubts">
      {t.unsure}
      {reasons.map((r) => t.reasons[r]).join(t.reasonSeparator)}
    </p>
  );
}

/** The same, as a list under a heading (the agreement panel). */
export function DoubtList({ agreement }: { agreement: Pick<Agreement, 'reasons'> }) {
  const t = useStrings();
  const reasons = agreement.reasons ?? [];
  if (reasons.length === 0) return null;
  return (
    <>
      <h3>{t.whyUnsure}</h3>
      <ul className="doubts" data-testid="doubts">
        {reasons.map((r) => (
          <li key={r}>{t.reasons[r]}</li>
        ))}
      </ul>
    </>
  );
}

/** “reported in N articles”, when more than one does. */
export function ReportCount({ agreement }: { agreement: Agreement }) {
  const t = useStrings();
  const n = articleCount(agreement);
  return n > 1 ? <span className="reports" data-testid="report-count"> · {t.reportedIn(n)}</span> : null;
}
