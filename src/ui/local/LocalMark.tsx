import { isLocalArticle } from '../../data/bundle';
import { useStrings } from '../../i18n/use-strings';
import { useLocalArticles } from '../../state/local-articles-store';

/**
 * "Added locally", with the planner's own note, beside anything that comes from an added article;
 * "team", with who added it and when, for an article from the team server.
 */
export function LocalMark({ article }: { article: string }) {
  const t = useStrings();
  const found = useLocalArticles((s) => s.records.find((r) => r.article.id === article)?.article);
  if (!isLocalArticle(article)) return null;
  const by = found?.added_by;
  return (
    <span className="local-mark-wrap">
      {/* Spaces as text, not only margins: read aloud or copied, the mark is not glued to what it follows ("via 两江新区added locally"). */}
      {' '}
      {by ? (
        <span className="local-mark team-mark" data-testid="local-mark" data-team="true" title={t.team.markTitle}>
          {t.team.mark}{' '}
          <span className="team-by" data-testid="team-by">
            {t.team.by(by, found.added_at.slice(0, 10))}
          </span>
        </span>
      ) : (
        <span className="local-mark" data-testid="local-mark" title={t.local.localMarkTitle}>
          {t.local.localMark}
        </span>
      )}
      {found?.note && ' '}
      {found?.note && (
        <span className="local-note" data-testid="local-note">
          {found.note}
        </span>
      )}
    </span>
  );
}
