import type { ArticleMeta } from '../../data/article';
import { useStrings } from '../../i18n/use-strings';
import { articleTitle } from './article-label';

/**
 * An article's title where it is listed; a whole newspaper page is tagged as such (its title is the
 * page's first headline, so a quote under it may come from another story on the page).
 */
export function ArticleName({ file, meta }: { file: string; meta: ReadonlyMap<string, ArticleMeta> }) {
  const t = useStrings();
  const others = meta.get(file)?.other_stories;
  return (
    <>
      {articleTitle(file, meta)}
      {others && (
        <span className="muted page-tag" data-testid="page-tag" title={t.otherStories(others)}>
          {' '}
          ({t.pageTag})
        </span>
      )}
    </>
  );
}
