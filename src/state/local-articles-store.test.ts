import { describe, expect, it } from 'vitest';
import { localArticleId, sha256Hex, type LocalRecord } from '../data/bundle';
import { memoryStore, type LocalStore } from '../data/local-store';
import { createLocalArticlesStore } from './local-articles-store';

async function record(text: string): Promise<LocalRecord> {
  const sha256 = await sha256Hex(text);
  return { article: { id: localArticleId(sha256), title: text, newspaper: '', date: null, text, sha256, note: '', added_at: new Date().toISOString() }, agreements: [] };
}

const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('local articles store', () => {
  it('reads what the backend keeps and saves and removes through it', async () => {
    const a = await record('甲文章');
    const backend = memoryStore([a]);
    const store = createLocalArticlesStore(async () => backend);
    expect(await store.getState().open()).toEqual([a]);
    expect(store.getState().storage).toBe('indexeddb');
    const b = await record('乙文章');
    await store.getState().save([b]);
    expect((await backend.list()).map((r) => r.article.id)).toEqual([a.article.id, b.article.id]);
    await store.getState().remove(a.article.id);
    expect(store.getState().records).toEqual([b]);
    expect(await backend.list()).toEqual([b]);
  });

  it('works for the session in memory when the database cannot be opened (private mode), and says so', async () => {
    const store = createLocalArticlesStore(() => Promise.reject(new Error('IndexedDB is not available')));
    expect(await store.getState().open()).toEqual([]);
    expect(store.getState().storage).toBe('unavailable');
    const a = await record('甲文章');
    await store.getState().save([a]);
    expect(store.getState().records).toEqual([a]);
  });

  it('keeps everything in memory when the database is full, without losing what was kept', async () => {
    const a = await record('甲文章');
    const kept = memoryStore([a]);
    const full: LocalStore = { ...kept, kind: 'indexeddb', save: () => Promise.reject(quotaError()) };
    const store = createLocalArticlesStore(async () => full);
    await store.getState().open();
    const b = await record('乙文章');
    await store.getState().save([b]);
    expect(store.getState().storage).toBe('quota');
    expect(store.getState().records.map((r) => r.article.title)).toEqual(['甲文章', '乙文章']);
    // What the database held is untouched.
    expect(await kept.list()).toEqual([a]);
    // …and the session goes on in memory.
    const c = await record('丙文章');
    await store.getState().save([c]);
    expect(store.getState().records).toHaveLength(3);
  });

  it('on a team server: saves there, shows what the server keeps, and passes on its refusal without losing anything', async () => {
    const a = await record('甲文章');
    const b = await record('乙文章');
    const server = memoryStore([a]);
    let refuse: Error | null = null;
    let down = false;
    const team: LocalStore = {
      kind: 'team',
      list: () => (down ? Promise.reject(Object.assign(new Error('down'), { zh: '无法连接', en: 'unreachable' })) : server.list()),
      save: (rs) => (refuse ? Promise.reject(refuse) : server.save(rs)),
      remove: (id) => server.remove(id),
    };
    const store = createLocalArticlesStore(async () => team);
    expect(await store.getState().open()).toEqual([a]);
    expect(store.getState().storage).toBe('team');
    expect(await store.getState().save([b])).toEqual({ ok: true });
    expect(store.getState().records).toEqual([a, b]);

    refuse = Object.assign(new Error('wrong token'), { zh: '口令不正确', en: 'wrong token' });
    const c = await record('丙文章');
    expect(await store.getState().save([c])).toEqual({ ok: false, problem: { zh: '口令不正确', en: 'wrong token' } });
    expect(store.getState().records).toEqual([a, b]);
    expect(store.getState().storage).toBe('team');
    expect(store.getState().problem?.en).toBe('wrong token');

    down = true;
    await store.getState().reload();
    expect(store.getState()).toMatchObject({ storage: 'team-failed', problem: { en: 'unreachable' }, records: [a, b] });
    down = false;
    await store.getState().reload();
    expect(store.getState()).toMatchObject({ storage: 'team', problem: null });
  });
});
