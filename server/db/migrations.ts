import type { Database } from './sql';

/**
 * The schema, as numbered steps applied in order, each once, each in its own transaction with
 * its record in `schema_migrations`. A step once released is never edited: a change is a new step.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles and agreements',
    sql: `
      CREATE TABLE articles (
        id          text PRIMARY KEY,
        sha256      text NOT NULL UNIQUE,
        title       text NOT NULL,
        newspaper   text NOT NULL,
        date        text,
        text        text NOT NULL,
        note        text NOT NULL DEFAULT '',
        added_by    text NOT NULL,
        added_at    timestamptz NOT NULL,
        -- Null while the agreements are the extractor's proposals; set when a planner has reviewed them.
        reviewed_by text,
        reviewed_at timestamptz
      );
      CREATE TABLE agreements (
        id         text PRIMARY KEY,
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position   integer NOT NULL,
        body       jsonb NOT NULL,
        UNIQUE (article_id, position)
      );
      CREATE INDEX articles_added ON articles (added_at, id);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Arbitrary but fixed: the key of the advisory lock that keeps two servers from migrating one database at once. */
const MIGRATION_LOCK = 7_042_023;

/**
 * Brings the database to the latest version. Refuses a database from a newer server (it would
 * be written in a shape this one does not know). Returns the versions applied now.
 */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const applied: number[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      const newest = rows.at(-1)?.version ?? 0;
      const latest = migrations.at(-1)!.version;
      if (newest > latest) throw new Error(`the database is at schema version ${newest}, newer than this server knows (${latest}): update the atlas`);
      if (rows.some((r) => r.version === m.version)) return false;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
