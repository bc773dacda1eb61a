/**
 * The extraction worker: the page stays responsive while a long article is read. It holds the
 * gazetteer, turns dropped bytes into text, and reads text into proposed agreements, saying how far
 * it has got. Started by src/extract/client.ts as a module worker from the page's own origin.
 */
import { localAgreementId, localArticleId, sha256Hex } from '../data/bundle';
import { extractForReview } from './for-review';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { decodeBytes, prepareText, type Note } from './input';
import type { WorkerReply, WorkerRequest } from '../data/extract-protocol';

/** An article longer than this is no news article; reading it would take minutes. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const TOO_LARGE: Note = {
  code: 'too-large',
  zh: '文章超过 2 MB，太长了（一篇新闻通常不到 50 kB），没有读取。请只粘贴文章本身。',
  en: 'The article is over 2 MB, too long (a news article is usually under 50 kB); it was not read. Paste the article itself only.',
};

interface Scope {
  onmessage: ((e: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply): void;
}
const scope = globalThis as unknown as Scope;
let gazetteer: Gazetteer | null = null;

scope.onmessage = (e) => {
  const req = e.data;
  switch (req.type) {
    case 'gazetteer':
      gazetteer = buildGazetteer(req.districts, req.admin);
      return;
    case 'decode':
      if (req.bytes.length > MAX_ARTICLE_BYTES) scope.postMessage({ type: 'failed', job: req.job, note: TOO_LARGE });
      else scope.postMessage({ type: 'decoded', job: req.job, result: decodeBytes(req.bytes) });
      return;
    case 'extract':
      void extract(req.job, req.text, req.date);
      return;
    default: {
      const never: never = req;
      return never;
    }
  }
};

async function extract(job: number, raw: string, date: string | null) {
  if (new TextEncoder().encode(raw).length > MAX_ARTICLE_BYTES) return scope.postMessage({ type: 'failed', job, note: TOO_LARGE });
  const prepared = prepareText(raw);
  if (!prepared.ok) return scope.postMessage({ type: 'failed', job, note: prepared.error });
  if (!gazetteer) throw new Error('extract before gazetteer');
  const sha256 = await sha256Hex(prepared.text);
  const id = localArticleId(sha256);
  const found = extractForReview({ file: id, text: prepared.text, date }, gazetteer, (done, total) => scope.postMessage({ type: 'progress', job, done, total }));
  const agreements = found.agreements.map((a) => ({ ...a, id: localAgreementId(id, a.id) }));
  scope.postMessage({ type: 'extracted', job, text: prepared.text, notes: prepared.notes, sha256, id, agreements, suggestions: found.suggestions });
}
