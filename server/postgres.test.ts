import { afterAll, describe } from 'vitest';
import { openPostgres } from './db/postgres';
import { teamApiSuite } from './testing/contract';
import { postgresAvailable, startPostgres, type TestPostgres } from './testing/postgres-server';

// The same suite as api.test.ts on a real PostgreSQL server through `pg`: what DATABASE_URL runs on.
const where = postgresAvailable();
if ('missing' in where) console.warn(`server/postgres.test.ts skipped: ${where.missing}`);

describe.skipIf('missing' in where)('a PostgreSQL server started by the test', () => {
  let server: TestPostgres | undefined;
  afterAll(() => server?.stop());
  teamApiSuite('PostgreSQL', async () => {
    if ('missing' in where) throw new Error(where.missing);
    server = await startPostgres(where);
    return openPostgres(server.url);
  });
});
