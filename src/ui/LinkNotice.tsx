import { useStrings } from '../i18n/use-strings';
import { useNoticeStore } from '../state/notice-store';
import { describeLinkProblems } from './link-problems';

/** Says briefly which parts of a link could not be applied; the rest of the view is already shown. */
export function LinkNotice() {
  const t = useStrings();
  const problems = useNoticeStore((s) => s.linkProblems);
  const dismiss = useNoticeStore((s) => s.dismiss);
  if (problems.length === 0) return null;
  return (
    <div className="notice warn" role="status" data-testid="link-notice">
      <strong>{t.linkNotApplied}</strong> {describeLinkProblems(problems, t).join(t.listSeparator)}
      <button type="button" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
