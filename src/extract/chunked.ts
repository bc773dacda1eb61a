import type { Agreement } from '../data/agreement-schema';
import { extractAgreements, type ArticleInput, type ExtractOptions } from './agreements';
import type { Gazetteer } from './gazetteer';

/** Up to this many characters are read in one go (a news article is a few thousand). */
export const CHUNK_CHARS = 60_000;

/**
 * `extractAgreements` with progress. An article up to CHUNK_CHARS is read whole, exactly as the
 * CLI reads it. A longer text is read in pieces cut at paragraph breaks, reporting after each; an
 * agreement told in two pieces is then listed twice, and a sentence that leans on the paragraph
 * before a cut loses that context: both are rare in a text that long and the planner reviews all.
 */
export function extractWithProgress(article: ArticleInput, gaz: Gazetteer, progress: (done: number, total: number) => void, options: ExtractOptions = {}): Agreement[] {
  const { text } = article;
  const total = text.length;
  progress(0, total);
  if (total <= CHUNK_CHARS) {
    const out = extractAgreements(article, gaz, options);
    progress(total, total);
    return out;
  }
  const out: Agreement[] = [];
  const ids = new Set<string>();
  for (let start = 0; start < total; ) {
    let end = Math.min(total, start + CHUNK_CHARS);
    if (end < total) {
      const cut = text.lastIndexOf('\n\n', end);
      end = cut > start + CHUNK_CHARS / 2 ? cut + 2 : end;
    }
    const at = start;
    // (What is observed of a piece is told at its place in the whole text.)
    const observe = options.observe && ((o: Parameters<NonNullable<ExtractOptions['observe']>>[0]) => options.observe!({ ...o, span: { start: o.span.start + at, end: o.span.end + at } }));
    for (const a of extractAgreements({ ...article, text: text.slice(start, end) }, gaz, observe ? { ...options, observe } : options)) {
      let id = a.id;
      for (let k = 2; ids.has(id); k++) id = `${a.id.slice(0, 76)}-${k}`;
      ids.add(id);
      out.push({ ...a, id, span: { start: a.span.start + start, end: a.span.end + start } });
    }
    start = end;
    progress(start, total);
  }
  return out;
}
