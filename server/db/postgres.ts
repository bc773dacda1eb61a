import pg from 'pg';
import type { Database, Sql } from './sql';

/** A PostgreSQL server through a `pg` pool: what a team uses once one machine is not enough (`DATABASE_URL`). */
export async function openPostgres(connectionString: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client losing its connection must not bring the server down; the next query reconnects.
  pool.on('error', (e) => console.error(`team: PostgreSQL connection lost: ${e.message}`));
  const client = await pool.connect(); // fails now, with the server's reason, rather than at the first request
  client.release();
  const on = (q: pg.Pool | pg.PoolClient): Sql => ({
    query: async <T extends object>(text: string, params: readonly unknown[] = []) => (await q.query<T & pg.QueryResultRow>(text, [...params])).rows,
    // Without parameters `pg` uses the simple protocol, which runs several statements.
    exec: async (script) => void (await q.query(script)),
  });
  return {
    kind: 'postgres',
    ...on(pool),
    async transaction(work) {
      const c = await pool.connect();
      let broken: Error | undefined;
      try {
        await c.query('BEGIN');
        const out = await work(on(c));
        await c.query('COMMIT');
        return out;
      } catch (e) {
        // A connection that cannot even roll back is dropped from the pool, not reused.
        await c.query('ROLLBACK').catch((r: Error) => (broken = r));
        throw e;
      } finally {
        c.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
