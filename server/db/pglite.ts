import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './sql';

/**
 * Embedded PostgreSQL (WebAssembly) in this process: in memory when `dir` is undefined (tests),
 * else in that directory. PGlite is one connection; it queues queries and runs a transaction
 * alone, so a write never sees another's half. Its files are written as PostgreSQL writes them
 * (WAL first), so a process killed mid-write recovers to its last commit on the next start.
 */
export async function openPglite(dir?: string, from?: Blob): Promise<Database> {
  // `from`: a cluster saved by `dumpDataDir`, loaded instead of running initdb (the tests' template).
  const db = await PGlite.create({ dataDir: dir, loadDataDir: from });
  const on = (q: Pick<PGlite, 'query' | 'exec'>): Sql => ({
    query: async <T extends object>(text: string, params: readonly unknown[] = []) => (await q.query<T>(text, [...params])).rows,
    exec: async (script) => void (await q.exec(script)),
  });
  return {
    kind: 'pglite',
    ...on(db),
    transaction: (work) => db.transaction((tx) => work(on(tx))),
    close: () => db.close(),
  };
}
