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

/**
 * `seeds/articles.json` (title, newspaper and date of each article) found the same way, so the app
 * still builds and runs while it is missing: an article without it is shown by its file name.
 * `no-inline`: a file under 4 kB would become a data: URL, which the CSP (connect-src 'self') refuses.
 */
const META_URLS = import.meta.glob('../../seeds/articles.json', { query: '?url&no-inline', import: 'default', eager: true }) as Record<string, string>;
export const articlesMetaUrl = (): string | null => Object.values(META_URLS)[0] ?? null;
