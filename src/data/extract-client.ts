import type { Agreement } from './agreement-schema';
import type { Decoded, GazAdmin, GazDistrict, Note, SuggestedSentence, WorkerReply, WorkerRequest } from './extract-protocol';
import type { MapData } from './map-data';

export interface Extracted {
  ok: true;
  /** The article text as read (HTML stripped); spans point into it. */
  text: string;
  notes: Note[];
  sha256: string;
  id: string;
  agreements: Agreement[];
  /** Sentences that may state an agreement none of the proposals is about, for the planner to read. */
  suggestions: SuggestedSentence[];
}
export type ExtractOutcome = Extracted | { ok: false; error: Note };

/** The page's side of the extraction worker: one promise per job, progress by callback. */
export interface ExtractClient {
  decode(bytes: Uint8Array): Promise<Decoded>;
  extract(text: string, date: string | null, progress: (done: number, total: number) => void): Promise<ExtractOutcome>;
  dispose(): void;
}

const WORKER_FAILED: Note = {
  code: 'not-text',
  zh: '抽取程序意外停止，文章没有读取。已保存的文章不受影响，请再试一次。',
  en: 'The extraction stopped unexpectedly and the article was not read. What is kept is untouched; please try again.',
};

/** The gazetteer's inputs, from the files the app has already loaded. */
export function gazetteerInput(data: Pick<MapData, 'districts' | 'adminLabels'>): { districts: GazDistrict[]; admin: GazAdmin[] } {
  return {
    districts: data.districts.geojson.features.map(({ properties: p }) => ({
      code: p.code, name: p.name, short: p.short, name_en: p.name_en, pinyin: p.pinyin, prefecture_code: p.prefecture_code, prefecture: p.prefecture, province_code: p.province_code,
    })),
    admin: (data.adminLabels?.features ?? []).map(({ properties: p }) => ({ code: p.code, level: p.level, name: p.name, short: p.short, short_en: p.short_en })),
  };
}

// A module worker from the page's own origin (the CSP allows 'self' workers).
const startWorker = (): Worker => new Worker(new URL('../extract/worker.ts', import.meta.url), { type: 'module', name: 'extract' });

export function createExtractClient(gazetteer: { districts: GazDistrict[]; admin: GazAdmin[] }, makeWorker: () => Worker = startWorker): ExtractClient {
  const worker = makeWorker();
  const send = (req: WorkerRequest, transfer: Transferable[] = []) => worker.postMessage(req, transfer);
  send({ type: 'gazetteer', ...gazetteer });
  let next = 1;
  const pending = new Map<number, { resolve(r: WorkerReply): void; progress?: (done: number, total: number) => void }>();
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const reply = e.data;
    const job = pending.get(reply.job);
    if (!job) return;
    if (reply.type === 'progress') return job.progress?.(reply.done, reply.total);
    pending.delete(reply.job);
    job.resolve(reply);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    for (const [id, job] of pending) job.resolve({ type: 'failed', job: id, note: WORKER_FAILED });
    pending.clear();
  };
  const run = (req: WorkerRequest & { job: number }, progress?: (done: number, total: number) => void, transfer?: Transferable[]) =>
    new Promise<WorkerReply>((resolve) => {
      pending.set(req.job, { resolve, progress });
      send(req, transfer);
    });
  return {
    async decode(bytes) {
      const r = await run({ type: 'decode', job: next++, bytes }, undefined, [bytes.buffer]);
      return r.type === 'decoded' ? r.result : { ok: false, error: r.type === 'failed' ? r.note : WORKER_FAILED };
    },
    async extract(text, date, progress) {
      const r = await run({ type: 'extract', job: next++, text, date }, progress);
      switch (r.type) {
        case 'extracted':
          return { ok: true, text: r.text, notes: r.notes, sha256: r.sha256, id: r.id, agreements: r.agreements, suggestions: r.suggestions };
        case 'failed':
          return { ok: false, error: r.note };
        case 'decoded':
        case 'progress':
          return { ok: false, error: WORKER_FAILED };
        default: {
          const never: never = r;
          return never;
        }
      }
    },
    dispose() {
      worker.terminate();
      for (const [id, job] of pending) job.resolve({ type: 'failed', job: id, note: WORKER_FAILED });
      pending.clear();
    },
  };
}
