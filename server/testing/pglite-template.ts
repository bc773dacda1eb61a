import { PGlite } from '@electric-sql/pglite';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPglite } from '../db/pglite';
import type { Database } from '../db/sql';
import { ROOT } from './harness';

/**
 * A new PGlite database costs an initdb (5–10 s on a loaded 2-core machine); a copy of one made
 * before costs a fraction of a second. The tests start from a copy of an empty, unmigrated cluster
 * made once per PGlite version in .cache/ (so every test still runs the migrations itself).
 */
const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
const TEMPLATE = join(ROOT, '.cache', `pglite-template-${version}-1`);

/** The template: the cluster's directory (for a server process) and its dump (for PGlite in memory). */
async function template(): Promise<string> {
  if (existsSync(join(TEMPLATE, 'cluster.tar'))) return TEMPLATE;
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  // Made aside and moved into place: two test files making it at once both end with a whole one.
  const making = mkdtempSync(join(ROOT, '.cache', 'pglite-template-making-'));
  const pg = await PGlite.create(join(making, 'cluster'));
  writeFileSync(join(making, 'cluster.tar'), Buffer.from(await (await pg.dumpDataDir('none')).arrayBuffer()));
  await pg.close();
  try {
    renameSync(making, TEMPLATE);
  } catch {
    rmSync(making, { recursive: true, force: true });
  }
  return TEMPLATE;
}

/** A new, empty PGlite database in memory. */
export async function freshPglite(): Promise<Database> {
  return openPglite(undefined, new Blob([readFileSync(join(await template(), 'cluster.tar'))]));
}

/** Puts an empty PGlite cluster in `dir` (a server's TEAM_DATA/pglite); the caller removes it. */
export async function freshPgliteDir(dir: string): Promise<void> {
  cpSync(join(await template(), 'cluster'), dir, { recursive: true });
}
