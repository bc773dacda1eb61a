import type { ArticleMeta } from '../../data/article';

/** An article as a planner reads it: its printed title, or its file name while `seeds/articles.json` is missing. */
export const articleTitle = (file: string, meta: ReadonlyMap<string, ArticleMeta>): string => meta.get(file)?.title ?? file;
