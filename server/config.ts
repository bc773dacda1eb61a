import { resolve } from 'node:path';

export interface TeamConfig {
  port: number;
  host: string;
  /** PGlite's directory (unused when `databaseUrl` is set). */
  dataDir: string;
  databaseUrl: string | null;
  token: string;
  readToken: string | null;
}

export const MIN_TOKEN = 16;

/** The configuration from the environment, or the first reason it cannot be used (said so a planner can fix it). */
export function configFrom(env: NodeJS.ProcessEnv, cwd: string): { ok: true; config: TeamConfig } | { ok: false; why: string } {
  const port = env.PORT?.trim() || '4174';
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) return { ok: false, why: `PORT "${port}" is not a port number (0–65535)` };
  const token = env.TEAM_TOKEN ?? '';
  if (token.length < MIN_TOKEN)
    return { ok: false, why: `TEAM_TOKEN must be set to a secret of at least ${MIN_TOKEN} characters (writes need it); e.g. TEAM_TOKEN=$(openssl rand -hex 16) npm run team` };
  if (/\s/.test(token)) return { ok: false, why: 'TEAM_TOKEN must not contain spaces' };
  const readToken = env.TEAM_READ_TOKEN || null;
  if (readToken !== null && (readToken.length < MIN_TOKEN || /\s/.test(readToken))) return { ok: false, why: `TEAM_READ_TOKEN, when set, must be at least ${MIN_TOKEN} characters without spaces` };
  return {
    ok: true,
    config: {
      port: Number(port),
      host: env.HOST?.trim() || '127.0.0.1',
      dataDir: resolve(cwd, env.TEAM_DATA?.trim() || '.team-data'),
      databaseUrl: env.DATABASE_URL?.trim() || null,
      token,
      readToken,
    },
  };
}
