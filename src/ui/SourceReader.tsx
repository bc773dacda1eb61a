import { useEffect, useMemo, useRef } from 'react';
import { agreementAt, articleSegments } from '../agreements/article-segments';
import { joinedBreaks } from '../agreements/reflow';
import type { MapData } from '../state/data-store';
import { useStrings } from '../i18n/use-strings';
import { useViewStore } from '../state/view-store';
import { articleTitle } from './agreements/article-label';
import { ArticlePieces } from './ArticlePieces';
import { LocalMark } from './local/LocalMark';

/**
 * The article beside the map: title, newspaper and date on top, the text below, reflowed into
 * paragraphs (the print's column breaks not shown), with every agreement marked and the one the
 * reader points at highlighted and scrolled into view. The text is React text, never HTML:
 * whatever an article holds is shown, never run.
 */
export function SourceReader({ data }: { data: MapData }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const reader = useViewStore((s) => s.reader);
  const select = useViewStore((s) => s.select);
  const setReader = useViewStore((s) => s.setReader);
  const current = useRef<HTMLElement>(null);
  const article = reader ? data.articles.find((a) => a.file === reader.article) : undefined;
  const agreements = useMemo(() => (reader ? (data.agreements.byArticle.get(reader.article) ?? []) : []), [data.agreements, reader]);
  const segments = useMemo(() => (article ? articleSegments(article.text.length, agreements) : []), [article, agreements]);
  const gaps = useMemo(() => (article ? joinedBreaks(article.text) : []), [article]);
  const at = reader ? agreementAt(agreements, reader.offset) : null;

  useEffect(() => {
    current.current?.scrollIntoView({ block: 'center' });
  }, [reader, article]);

  if (!reader) return null;
  const meta = data.articleMeta.get(reader.article);
  const title = articleTitle(reader.article, data.articleMeta);
  const open = (id: string, start: number) => {
    select({ type: 'agreement', id }, 'panel');
    setReader({ article: reader.article, offset: start });
  };

  return (
    <aside className="reader" data-testid="source-reader" data-article={reader.article} aria-label={t.readerLabel(title)}>
      <header className="reader-head panel-head">
        <div>
          <h2 lang="zh">
            {meta?.other_stories ? t.pageTitle(title) : title}
            <LocalMark article={reader.article} />
          </h2>
          {meta ? (
            <p className="muted">
              {/* An added article may have no newspaper or date: leave out what is empty, not its label with nothing after it. */}
              {[meta.newspaper && `${t.newspaper}: ${meta.newspaper}`, meta.date && `${t.published}: ${meta.date}`].filter(Boolean).join(' · ')}
              {/* A whole page: the title above is its first headline, not necessarily the quoted story's. */}
              {meta.other_stories && (
                <span data-testid="whole-page" title={t.otherStories(meta.other_stories)}>
                  {' '}
                  · {t.wholePage}
                </span>
              )}
            </p>
          ) : (
            <p className="muted">{t.articleUndated}</p>
          )}
        </div>
        <button type="button" className="icon" aria-label={t.closeReader} title={t.closeReader} onClick={() => setReader(null)}>
          ×
        </button>
      </header>
      {!article ? (
        <p className="empty">{t.articleMissing}</p>
      ) : (
        <div className="reader-text" lang="zh" tabIndex={0}>
          {segments.map((s) => {
            if (s.kind === 'text')
              // An anchor at the linked position when no agreement holds it, so the reader still scrolls there.
              return (
                <span key={s.start}>
                  <ArticlePieces text={article.text} start={s.start} end={s.end} gaps={gaps} anchor={at ? undefined : { offset: reader.offset, ref: current }} />
                </span>
              );
            const a = data.agreements.byId.get(s.id)!;
            const isCurrent = s.id === at;
            return (
              <mark
                key={s.start}
                ref={isCurrent ? current : undefined}
                className={isCurrent ? 'current' : undefined}
                data-id={s.id}
                data-current={isCurrent || undefined}
                role="button"
                tabIndex={0}
                title={lang === 'zh' ? a.title_zh : a.title_en}
                onClick={() => open(s.id, a.span.start)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open(s.id, a.span.start);
                  }
                }}
              >
                <ArticlePieces text={article.text} start={s.start} end={s.end} gaps={gaps} />
              </mark>
            );
          })}
        </div>
      )}
    </aside>
  );
}
