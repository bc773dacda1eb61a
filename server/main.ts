/**
 * `npm run team`: the team atlas server (docs/team.md). The built atlas and its API on PORT,
 * the data in PGlite under TEAM_DATA, or in the PostgreSQL server at DATABASE_URL.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTeamServer } from './app';
import { configFrom } from './config';
import { migrate } from './db/migrations';
import { openPglite } from './db/pglite';
import { openPostgres } from './db/postgres';
import type { Database } from './db/sql';
import { lockDataDir } from './lock';
import { loadPlaces } from './places';
import { teamStore } from './store';

const ROOT = join(import.meta.dirname, '..');

function fail(why: string): never {
  console.error(`npm run team: ${why}.`);
  process.exit(2);
}

async function main() {
  const parsed = configFrom(process.env, process.cwd());
  if (!parsed.ok) fail(parsed.why);
  const { config } = parsed;
  let unlock = () => {};
  let db: Database;
  try {
    if (config.databaseUrl) db = await openPostgres(config.databaseUrl);
    else {
      unlock = lockDataDir(config.dataDir);
      db = await openPglite(join(config.dataDir, 'pglite'));
    }
    const applied = await migrate(db);
    if (applied.length) console.log(`Database schema brought to version ${applied.at(-1)} (applied: ${applied.join(', ')}).`);
  } catch (e) {
    unlock();
    fail(`the database could not be opened: ${(e as Error).message}`);
  }
  const store = teamStore(db);
  const dist = join(ROOT, 'dist');
  // `npm run team` builds first; run on its own without a build, the server still answers the API.
  const built = existsSync(join(dist, 'index.html'));
  if (!built) console.error('npm run team: dist/ has no build: serving the API only (npm run build, or start with npm run team).');
  const server = createTeamServer({ store, places: loadPlaces(ROOT), token: config.token, readToken: config.readToken ?? undefined, dist: built ? dist : undefined });
  server.on('error', (e) => {
    unlock();
    fail(`cannot listen on ${config.host}:${config.port}: ${e.message}`);
  });
  server.listen(config.port, config.host, () => {
    const { port } = server.address() as { port: number };
    const where = config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `PGlite in ${config.dataDir}`;
    console.log(`Team atlas at http://${config.host}:${port}/  (data: ${where}; writes need TEAM_TOKEN${config.readToken ? ', reads TEAM_READ_TOKEN' : ''})`);
    if (config.host === '127.0.0.1') console.log('Only this machine can reach it: set HOST=0.0.0.0 to let colleagues on the network in (behind HTTPS, see docs/team.md).');
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Requests under way finish (their transactions commit or roll back) before the database closes.
    const closeDb = () =>
      void store.close().finally(() => {
        unlock();
        process.exit(0);
      });
    server.close(closeDb);
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
