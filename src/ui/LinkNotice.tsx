import { useStrings } from '../i18n/use-strings';
import { useNoticeStore } from '../state/notice-store';

/** Says briefly which parts of a link could not be applied; the rest of the view is already shown. */
export function LinkNotice() {
  const t = useStrings();
  const problems = useNoticeStore((s) => s.linkProblems);
  const dismiss = useNoticeStore((s) => s.dismiss);
  if (problems.length === 0) return null;
  const parts = problems.map((p) => `${p.param === '*' ? '' : `${p.param}: `}${t.linkProblem[p.kind]}`);
  return (
    <div className="notice warn" role="status" data-testid="link-notice">
      <strong>{t.linkNotApplied}</strong> {[...new Set(parts)].join('；')}
      <button type="button" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
