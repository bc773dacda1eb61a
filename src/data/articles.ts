import type { ArticleText } from '../data/article';
import { DataError } from './errors';

/**
 * The seed articles, found at build time: every `seeds/*.txt` ships as a same-origin asset; an
 * article added to `seeds/` is loaded with no change here.
 */
const SEED_URLS = import.meta.glob('../../seeds/*.txt', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export const seedFiles = (): { file: string; url: string }[] =>
  Object.entries(SEED_URLS)
    .map(([path, url]) => ({ file: path.split('/').pop()!, url }))
    .sort((a, b) => a.file.localeCompare(b.file));

/** Strict UTF-8: a file in another encoding is reported, not shown as mojibake. */
export async function loadArticle(file: string, url: string, fetchImpl: typeof fetch = fetch): Promise<ArticleText> {
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    throw new DataError(file, `could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new DataError(file, `HTTP ${res.status}`);
  const bytes = await res.arrayBuffer();
  try {
    return { file, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    throw new DataError(file, 'is not UTF-8 text');
  }
}
