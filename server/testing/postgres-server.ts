import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL server for the tests: Debian's binaries, a new cluster in a temp dir,
 * trust authentication on a free loopback port, stopped and deleted afterwards. PostgreSQL refuses
 * to run as root, so under root (CI) it runs as the `postgres` user the package creates.
 */
export interface TestPostgres {
  url: string;
  stop(): void;
}

/** The newest installed server's bin directory, or why there is none. */
export function findPostgres(): { bin: string } | { missing: string } {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin/initdb')) && existsSync(join(base, v, 'bin/pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length) return { bin: join(base, versions[0]!, 'bin') };
  return { missing: `no PostgreSQL server binaries under ${base} (Debian's postgresql package; .ci/run installs it)` };
}

function postgresUser(): { uid: number; gid: number } | null {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) return null;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Whether the tests can start a server here, or the reason they cannot. */
export function postgresAvailable(): { bin: string; asUser: string | null } | { missing: string } {
  const found = findPostgres();
  if ('missing' in found) return found;
  if (process.getuid?.() !== 0) return { bin: found.bin, asUser: null };
  if (!postgresUser()) return { missing: 'running as root and there is no postgres user to run PostgreSQL as' };
  if (spawnSync('runuser', ['--help']).error) return { missing: 'running as root without runuser to start PostgreSQL as the postgres user' };
  return { bin: found.bin, asUser: 'postgres' };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

export async function startPostgres(where: { bin: string; asUser: string | null }): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-pg-'));
  const user = where.asUser ? postgresUser() : null;
  if (user) chownSync(dir, user.uid, user.gid);
  const run = (tool: string, args: string[]) =>
    where.asUser
      ? execFileSync('runuser', ['-u', where.asUser, '--', join(where.bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(where.bin, tool), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`PostgreSQL did not start: ${err.stderr?.toString() || err.message}`, { cause: e });
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
