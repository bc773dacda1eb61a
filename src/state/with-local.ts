import type { ArticleMeta, ArticleText } from '../data/article';
import type { LocalRecord } from '../data/bundle';
import { articleDateIn, indexAgreements } from '../data/agreements';
import type { MapData } from '../data/map-data';

/**
 * The seed data with the planner's added articles and agreements in it: one index, so every panel,
 * map mode and the reader show them exactly as they show the seeds (cards mark them as local).
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
    agreements: indexAgreements([...seed.agreements.list, ...records.flatMap((r) => r.agreements)], seed.districts.byCode, articleDateIn(articleMeta)),
    articleMeta,
  };
}
