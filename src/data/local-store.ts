import type { Agreement } from './agreement-schema';
import { localArticleSchema, type LocalArticle, type LocalRecord } from './bundle';
import { agreementSchema } from './agreement-schema';

/**
 * Where the articles a planner added are kept: the browser's IndexedDB, or, when that is missing
 * (private mode) or full, memory for this session. Every write is one transaction, so a page
 * closed mid-save leaves the database as it was before the save, never half of it.
 */
export interface LocalStore {
  readonly kind: 'indexeddb' | 'memory' | 'team';
  /** Every kept article with its agreements, oldest first. Records that no longer validate are skipped. */
  list(): Promise<LocalRecord[]>;
  /** Adds (or replaces) the articles with their agreements: all of them, or none. */
  save(records: readonly LocalRecord[]): Promise<void>;
  /** Removes an article and its agreements together. */
  remove(articleId: string): Promise<void>;
}

export const DB_NAME = 'chengyu-atlas-local';
const DB_VERSION = 1;
const ARTICLES = 'articles';
const AGREEMENTS = 'agreements';

/** The session-only store; also what the unit tests use. */
export function memoryStore(initial: readonly LocalRecord[] = []): LocalStore {
  const records = new Map(initial.map((r) => [r.article.id, r]));
  return {
    kind: 'memory',
    list: async () => [...records.values()],
    save: async (rs) => {
      for (const r of rs) records.set(r.article.id, r);
    },
    remove: async (id) => {
      records.delete(id);
    },
  };
}

const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

const all = <T>(req: IDBRequest<T[]>): Promise<T[]> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB read failed'));
  });

/** Opens (creating on first use) the database. Rejects when IndexedDB is missing or refused. */
export function openIndexedDb(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<LocalStore> {
  return new Promise((resolve, reject) => {
    if (!factory) return reject(new Error('IndexedDB is not available'));
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(DB_NAME, DB_VERSION);
    } catch (e) {
      return reject(e instanceof Error ? e : new Error(String(e)));
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(ARTICLES)) db.createObjectStore(ARTICLES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(AGREEMENTS)) db.createObjectStore(AGREEMENTS, { keyPath: 'id' }).createIndex('article', 'article');
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    req.onsuccess = () => resolve(idbStore(req.result));
  });
}

function idbStore(db: IDBDatabase): LocalStore {
  // The old agreements' keys are read first and the writes queued once they are known, in the
  // same transaction: a cursor walked alongside the puts would also see (and delete) the new ones.
  const replaceAgreements = (store: IDBObjectStore, articleId: string, next: readonly Agreement[]) => {
    const req = store.index('article').getAllKeys(IDBKeyRange.only(articleId));
    req.onsuccess = () => {
      const keep = new Set(next.map((a) => a.id));
      for (const k of req.result) if (!keep.has(String(k))) store.delete(k);
      for (const a of next) store.put(a);
    };
  };
  return {
    kind: 'indexeddb',
    async list() {
      const tx = db.transaction([ARTICLES, AGREEMENTS], 'readonly');
      const [articles, agreements] = await Promise.all([all<unknown>(tx.objectStore(ARTICLES).getAll()), all<unknown>(tx.objectStore(AGREEMENTS).getAll())]);
      const byArticle = new Map<string, Agreement[]>();
      for (const raw of agreements) {
        const a = agreementSchema.safeParse(raw);
        if (!a.success) continue;
        byArticle.set(a.data.article, [...(byArticle.get(a.data.article) ?? []), a.data]);
      }
      return articles
        .map((raw) => localArticleSchema.safeParse(raw))
        .filter((r): r is { success: true; data: LocalArticle } => r.success)
        .map((r) => ({ article: r.data, agreements: byArticle.get(r.data.id) ?? [] }))
        .sort((a, b) => a.article.added_at.localeCompare(b.article.added_at));
    },
    async save(records) {
      const tx = db.transaction([ARTICLES, AGREEMENTS], 'readwrite');
      const finished = done(tx);
      const articles = tx.objectStore(ARTICLES);
      const agreements = tx.objectStore(AGREEMENTS);
      for (const r of records) {
        articles.put(r.article);
        replaceAgreements(agreements, r.article.id, r.agreements);
      }
      await finished;
    },
    async remove(articleId) {
      const tx = db.transaction([ARTICLES, AGREEMENTS], 'readwrite');
      const finished = done(tx);
      tx.objectStore(ARTICLES).delete(articleId);
      replaceAgreements(tx.objectStore(AGREEMENTS), articleId, []);
      await finished;
    },
  };
}

/** A quota error, under any of the names browsers give it. */
export const isQuotaError = (e: unknown): boolean =>
  e instanceof Error && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(e.message));
