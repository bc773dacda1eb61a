import { get } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamError } from '../src/data/team-schema';
import { createTeamServer } from './app';
import type { TeamStore } from './store';
import { TOKEN, call, sampleArticle, testPlaces } from './testing/harness';

// The HTTP shell around the API, without a database: the built atlas it serves, and a store that fails.
const dist = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`;
let url = '';
let logged: string[] = [];
let close = () => {};
beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), `<!doctype html><html><head><meta charset="UTF-8" />${CSP}<title>x</title></head><body></body></html>`);
  writeFileSync(join(dist, 'assets/app-abc.js'), 'export {}');
  writeFileSync(join(dist, '..', 'atlas-secret.txt'), 'secret');
  const failing = new Proxy({} as TeamStore, {
    get: (_t, key) => (key === 'kind' ? 'pglite' : () => Promise.reject(new Error('disk full'))),
  });
  const server = createTeamServer({ store: failing, places: testPlaces(), token: TOKEN, dist, log: (l) => logged.push(l) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => {
  close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(join(dist, '..', 'atlas-secret.txt'), { force: true });
});

const rawGet = (path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    get({ host: hostname, port, path }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });

describe('the team server around its API', () => {
  it('serves the build with the team mark added to index.html and its CSP untouched; nothing outside dist/', async () => {
    const index = await fetch(`${url}/?sel=a:local-0123456789ab`);
    const html = await index.text();
    expect(html).toContain('<meta name="atlas-team" content="chengyu-atlas-team" />');
    expect(html).toContain(CSP);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const js = await fetch(`${url}/assets/app-abc.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    // Sent as written (fetch would resolve the dots itself).
    for (const path of ['/../atlas-secret.txt', '/%2e%2e/atlas-secret.txt', '/assets/..%2f..%2fatlas-secret.txt', '/assets/../../atlas-secret.txt', '/nothing.js']) {
      const r = await rawGet(path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('secret');
    }
    expect((await fetch(`${url}/`, { method: 'POST' })).status).toBe(405);
  });

  it('a database failure is a 500 in plain words, logged, health says so, and the server goes on', async () => {
    logged = [];
    const r = await call(url, 'POST', '/api/articles', { body: sampleArticle(1) });
    expect(r.status).toBe(500);
    expect(teamError.parse(r.body).error.code).toBe('server');
    expect(JSON.stringify(r.body)).not.toContain('disk full');
    expect(logged.join('\n')).toContain('disk full');
    const health = await call(url, 'GET', '/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ ok: false });
    expect((await call(url, 'GET', '/api/nothing')).status).toBe(404);
  });
});
