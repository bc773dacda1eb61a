import type { ArticleMeta } from '../data/article';
import { useViewStore } from '../state/view-store';
import { ArticleName } from './agreements/ArticleName';
import { paperAndDate } from './agreements/article-label';
import { readable } from '../agreements/readable';
import { LocalMark } from './local/LocalMark';

/**
 * A quote from an article as the reader shows it (without the print's line breaks), cited by the
 * article's title, paper and date; the title opens the reader at the quote.
 */
export function ArticleQuote({ file, quote, offset, meta }: { file: string; quote: string; offset: number; meta: ReadonlyMap<string, ArticleMeta> }) {
  const setReader = useViewStore((s) => s.setReader);
  const cited = paperAndDate(meta.get(file));
  return (
    <>
      <q lang="zh">{readable(quote)}</q>{' '}
      <span className="cite">
        —{' '}
        <button type="button" className="link" data-testid="open-source" onClick={() => setReader({ article: file, offset: Math.max(0, offset) })}>
          <ArticleName file={file} meta={meta} />
        </button>
        <LocalMark article={file} />
        {cited && <span className="muted cite-date">{` ${cited}`}</span>}
      </span>
    </>
  );
}
