import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFrom } from './config';
import { lockDataDir } from './lock';

describe('team server configuration', () => {
  const token = 'a'.repeat(16);
  it('refuses to start without a TEAM_TOKEN of at least 16 characters, saying how to make one', () => {
    for (const env of [{}, { TEAM_TOKEN: '' }, { TEAM_TOKEN: 'a'.repeat(15) }]) {
      const r = configFrom(env, '/srv');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.why).toMatch(/TEAM_TOKEN.*16 characters.*openssl rand/);
    }
    expect(configFrom({ TEAM_TOKEN: `${token} x` }, '/srv').ok).toBe(false);
    expect(configFrom({ TEAM_TOKEN: token, TEAM_READ_TOKEN: 'short' }, '/srv').ok).toBe(false);
    expect(configFrom({ TEAM_TOKEN: token, PORT: '70000' }, '/srv').ok).toBe(false);
  });

  it('defaults to port 4174, loopback and .team-data/ beside where it runs', () => {
    expect(configFrom({ TEAM_TOKEN: token }, '/srv')).toEqual({
      ok: true,
      config: { port: 4174, host: '127.0.0.1', dataDir: '/srv/.team-data', databaseUrl: null, token, readToken: null },
    });
    const r = configFrom({ TEAM_TOKEN: token, PORT: '8080', HOST: '0.0.0.0', TEAM_DATA: '/var/atlas', DATABASE_URL: 'postgres://x@db/atlas', TEAM_READ_TOKEN: 'r'.repeat(20) }, '/srv');
    expect(r.ok && r.config).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '/var/atlas', databaseUrl: 'postgres://x@db/atlas', readToken: 'r'.repeat(20) });
  });
});

describe('the data directory lock', () => {
  it('lets one server at a time use a directory, and takes over the lock of one that was killed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lock-'));
    try {
      const release = lockDataDir(dir);
      expect(readFileSync(join(dir, 'server.lock'), 'utf8').trim()).toBe(String(process.pid));
      // Another live process holds it: refused.
      writeFileSync(join(dir, 'server.lock'), `${process.ppid}\n`);
      expect(() => lockDataDir(dir)).toThrow(/another team server/);
      // A process that is gone (killed): taken over.
      writeFileSync(join(dir, 'server.lock'), '2147483646\n');
      lockDataDir(dir)();
      release();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
