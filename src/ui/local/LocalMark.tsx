import { isLocalArticle } from '../../data/bundle';
import { useStrings } from '../../i18n/use-strings';
import { useLocalArticles } from '../../state/local-articles-store';

/** "Added locally", with the planner's own note, beside anything that comes from an added article. */
export function LocalMark({ article }: { article: string }) {
  const t = useStrings();
  const note = useLocalArticles((s) => s.records.find((r) => r.article.id === article)?.article.note);
  if (!isLocalArticle(article)) return null;
  return (
    <span className="local-mark-wrap">
      <span className="local-mark" data-testid="local-mark" title={t.local.localMarkTitle}>
        {t.local.localMark}
      </span>
      {note && (
        <span className="local-note" data-testid="local-note">
          {note}
        </span>
      )}
    </span>
  );
}
