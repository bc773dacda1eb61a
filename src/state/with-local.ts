import type { ArticleMeta, ArticleText } from '../data/article';
import { isLocalArticle, type LocalRecord } from '../data/bundle';
import { articleDateIn, indexAgreements } from '../data/agreements';
import type { MapData } from '../data/map-data';
import { mergeReports } from '../extract/merge';

/**
 * The seed data with the planner's added articles and agreements in it: one index, so every panel,
 * map mode and the reader show them exactly as they show the seeds (cards mark them as local). An
 * added article that reports an agreement the atlas has already, or another added article has, joins
 * it as one more source (见于 N 篇报道), as the seeds' reports of one agreement do; the atlas's id is
 * kept, so a link to it opens for a colleague without the article, and the added agreement's own id
 * becomes a former id of it.
 */
export function withLocal(seed: MapData, records: readonly LocalRecord[]): MapData {
  if (records.length === 0) return seed;
  const articles: ArticleText[] = records.map((r) => ({ file: r.article.id, text: r.article.text }));
  const meta: [string, ArticleMeta][] = records.map(({ article: a }) => [
    a.id,
    { file: a.id, title: a.title, newspaper: a.newspaper, date: a.date ?? '', date_reasoning: 'entered by the planner who added the article' },
  ]);
  const articleMeta = new Map([...seed.articleMeta, ...meta]);
  return {
    ...seed,
    articles: [...seed.articles, ...articles],
    agreements: indexAgreements(
      mergeReports([...seed.agreements.list, ...records.flatMap((r) => r.agreements)], { shared: (a) => !isLocalArticle(a.article), published: articleDateIn(articleMeta) }),
      seed.districts.byCode,
      articleDateIn(articleMeta),
    ),
    articleMeta,
  };
}
