import type { ArticleMeta } from '../../data/article';

/** An article as a planner reads it: its printed title, or its file name while `seeds/articles.json` is missing. */
export const articleTitle = (file: string, meta: ReadonlyMap<string, ArticleMeta>): string => meta.get(file)?.title ?? file;

/**
 * An article's paper and date as a citation shows them, or null when both are empty: a planner's
 * added article may have neither, and an empty field leaves no separator behind ("— , 2022-05-20").
 */
export const paperAndDate = (meta: Pick<ArticleMeta, 'newspaper' | 'date'> | undefined): string | null =>
  [meta?.newspaper.trim(), meta?.date.trim()].filter(Boolean).join(', ') || null;
