import { create } from 'zustand';
import type { LocalRecord } from '../data/bundle';
import { isQuotaError, memoryStore, openIndexedDb, type LocalStore } from '../data/local-store';

/** Where the added articles are kept, and why not in the browser's database when they are not. */
export type Storage = 'pending' | 'indexeddb' | 'unavailable' | 'quota' | 'failed';

export interface LocalArticlesState {
  storage: Storage;
  /** The added articles with their accepted agreements, oldest first. */
  records: LocalRecord[];
  /** Opens the database and reads what it keeps; never rejects (falls back to memory). */
  open(): Promise<LocalRecord[]>;
  /** Keeps the records (all or none in the database); on failure they are kept in memory for the session. */
  save(records: readonly LocalRecord[]): Promise<void>;
  remove(articleId: string): Promise<void>;
}

const upsert = (kept: readonly LocalRecord[], next: readonly LocalRecord[]): LocalRecord[] => {
  const ids = new Set(next.map((r) => r.article.id));
  return [...kept.filter((r) => !ids.has(r.article.id)), ...next];
};

/** The store, over any backend opener (the app's opens IndexedDB; tests hand in others). */
export function createLocalArticlesStore(openBackend: () => Promise<LocalStore>) {
  let backend: LocalStore = memoryStore();
  let opening: Promise<LocalRecord[]> | null = null;
  return create<LocalArticlesState>()((set, get) => {
    // The database refused a write: what is kept so far, plus this, lives in memory from now on.
    const fallBack = (storage: Storage, records: readonly LocalRecord[]) => {
      backend = memoryStore(records);
      set({ storage, records: [...records] });
    };
    return {
      storage: 'pending',
      records: [],
      open() {
        opening ??= (async () => {
          try {
            backend = await openBackend();
            const records = await backend.list();
            set({ storage: 'indexeddb', records });
            return records;
          } catch {
            fallBack('unavailable', []);
            return [];
          }
        })();
        return opening;
      },
      async save(records) {
        const next = upsert(get().records, records);
        try {
          await backend.save(records);
          set({ records: next });
        } catch (e) {
          fallBack(isQuotaError(e) ? 'quota' : 'failed', next);
        }
      },
      async remove(articleId) {
        const next = get().records.filter((r) => r.article.id !== articleId);
        try {
          await backend.remove(articleId);
          set({ records: next });
        } catch {
          fallBack('failed', next);
        }
      },
    };
  });
}

export const useLocalArticles = createLocalArticlesStore(() => openIndexedDb());
