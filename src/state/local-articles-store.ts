import { create } from 'zustand';
import type { LocalRecord } from '../data/bundle';
import { isQuotaError, memoryStore, openIndexedDb, type LocalStore } from '../data/local-store';
import { servedByTeam } from '../data/team-mode';

/**
 * Where the added articles are kept: this browser's database (and why not, when they are not), or,
 * when a team server serves the page, the team server ('team'; 'team-failed' while it cannot be read).
 */
export type Storage = 'pending' | 'indexeddb' | 'unavailable' | 'quota' | 'failed' | 'team' | 'team-failed';

/** A message in both languages (what the team server refused, or why it could not be reached). */
export interface Problem {
  zh: string;
  en: string;
}

export type SaveOutcome = { ok: true } | { ok: false; problem: Problem };

export interface LocalArticlesState {
  storage: Storage;
  /** The added articles with their accepted agreements, oldest first. */
  records: LocalRecord[];
  /** The last thing the team server refused or could not do; null when the last request went through. */
  problem: Problem | null;
  /** Opens the database and reads what it keeps; never rejects (falls back to memory). */
  open(): Promise<LocalRecord[]>;
  /** Reads again what is kept (the team server, once a token is given). */
  reload(): Promise<void>;
  /**
   * Keeps the records. In the browser: all or none in the database, else in memory for the
   * session (never refused). On the team server: refused with the server's reason, nothing lost
   * from the dialog, so the planner can try again.
   */
  save(records: readonly LocalRecord[]): Promise<SaveOutcome>;
  remove(articleId: string): Promise<SaveOutcome>;
}

const upsert = (kept: readonly LocalRecord[], next: readonly LocalRecord[]): LocalRecord[] => {
  const ids = new Set(next.map((r) => r.article.id));
  return [...kept.filter((r) => !ids.has(r.article.id)), ...next];
};

const FAILED: Problem = { zh: '团队服务器出错，操作没有完成。', en: 'The team server failed; the change was not made.' };
const problemOf = (e: unknown): Problem => (e instanceof Error && 'zh' in e && 'en' in e ? { zh: String(e.zh), en: String(e.en) } : FAILED);

/** The store, over any backend opener (the app's opens IndexedDB or the team server; tests hand in others). */
export function createLocalArticlesStore(openBackend: () => Promise<LocalStore>) {
  let backend: LocalStore = memoryStore();
  let opening: Promise<LocalRecord[]> | null = null;
  return create<LocalArticlesState>()((set, get) => {
    // The database refused a write: what is kept so far, plus this, lives in memory from now on.
    const fallBack = (storage: Storage, records: readonly LocalRecord[]) => {
      backend = memoryStore(records);
      set({ storage, records: [...records] });
    };
    // The team server is the truth: after any write, or a refused one, show what it keeps.
    const readTeam = async (): Promise<LocalRecord[]> => {
      try {
        const records = await backend.list();
        set({ storage: 'team', records });
        return records;
      } catch (e) {
        set({ storage: 'team-failed', problem: problemOf(e) });
        return get().records;
      }
    };
    const teamWrite = async (write: () => Promise<void>): Promise<SaveOutcome> => {
      try {
        await write();
        set({ problem: null });
        await readTeam();
        return { ok: true };
      } catch (e) {
        const problem = problemOf(e);
        set({ problem });
        await readTeam();
        return { ok: false, problem };
      }
    };
    return {
      storage: 'pending',
      records: [],
      problem: null,
      open() {
        opening ??= (async () => {
          try {
            backend = await openBackend();
            if (backend.kind === 'team') return await readTeam();
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
      async reload() {
        if (backend.kind === 'team') {
          set({ problem: null });
          await readTeam();
        }
      },
      async save(records) {
        if (backend.kind === 'team') return teamWrite(() => backend.save(records));
        const next = upsert(get().records, records);
        try {
          await backend.save(records);
          set({ records: next });
        } catch (e) {
          fallBack(isQuotaError(e) ? 'quota' : 'failed', next);
        }
        return { ok: true };
      },
      async remove(articleId) {
        if (backend.kind === 'team') return teamWrite(() => backend.remove(articleId));
        const next = get().records.filter((r) => r.article.id !== articleId);
        try {
          await backend.remove(articleId);
          set({ records: next });
        } catch {
          fallBack('failed', next);
        }
        return { ok: true };
      },
    };
  });
}

// The team code is fetched only when a team server serves the page: the static build never loads it.
export const useLocalArticles = createLocalArticlesStore(() => (servedByTeam() ? import('./team-backend').then((m) => m.openTeamBackend()) : openIndexedDb()));
