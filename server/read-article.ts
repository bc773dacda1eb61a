import type { Agreement } from '../src/data/agreement-schema';
import { createHash } from 'node:crypto';
import { localAgreementId, localArticleId } from '../src/data/bundle';
import { extractForReview } from '../src/extract/for-review';
import type { Gazetteer } from '../src/extract/gazetteer';
import type { Note, SuggestedSentence } from '../src/data/extract-protocol';
import { prepareText } from '../src/extract/input';

/** As in the browser's worker: a text this long is no news article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type ReadOutcome = { ok: true; id: string; sha256: string; text: string; notes: Note[]; proposals: Agreement[]; suggestions: SuggestedSentence[] } | { ok: false; note: Note };

/**
 * Reads an article exactly as the add-article dialog's worker does (src/extract/worker.ts): the
 * same preparation, hash, id and extractor, so the proposals and ids are the ones a planner would
 * see in the browser.
 */
export function readArticle(raw: string, date: string | null, gazetteer: Gazetteer): ReadOutcome {
  if (Buffer.byteLength(raw, 'utf8') > MAX_ARTICLE_BYTES)
    return {
      ok: false,
      note: {
        code: 'too-large',
        zh: '文章超过 2 MB，太长了（一篇新闻通常不到 50 kB），没有读取。请只发送文章本身。',
        en: 'The article is over 2 MB, too long (a news article is usually under 50 kB); it was not read. Send the article itself only.',
      },
    };
  const prepared = prepareText(raw);
  if (!prepared.ok) return { ok: false, note: prepared.error };
  // node:crypto, not the Web Crypto of `sha256Hex`: the same digest of the same UTF-8 bytes, without
  // a trip through the thread pool per article (the bundle's `verifyHashes` checks they agree).
  const sha256 = createHash('sha256').update(prepared.text, 'utf8').digest('hex');
  const id = localArticleId(sha256);
  const found = extractForReview({ file: id, text: prepared.text, date }, gazetteer, () => undefined);
  return { ok: true, id, sha256, text: prepared.text, notes: prepared.notes, proposals: found.agreements.map((a) => ({ ...a, id: localAgreementId(id, a.id) })), suggestions: found.suggestions };
}
