/** The cross-validation folds the learned models share: by article, fixed, so every script measures the same splits. */
import type { TrainingArticle } from './data';

export const K = 5;

/** FNV-1a of a string: a fixed, well-mixed order of the tuning articles for the folds. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Folds by article (an article's sentences are never split): the five seeds one to a fold, the tuning articles dealt round in hash order. */
export function foldsOf(articles: readonly Pick<TrainingArticle, 'file' | 'set'>[]): Map<string, number> {
  const fold = new Map<string, number>();
  articles.filter((a) => a.set === 'seeds').forEach((a, i) => fold.set(a.file, i % K));
  articles
    .filter((a) => a.set === 'tuning')
    .sort((a, b) => fnv(a.file) - fnv(b.file) || (a.file < b.file ? -1 : 1))
    .forEach((a, i) => fold.set(a.file, i % K));
  return fold;
}
