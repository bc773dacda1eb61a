import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { agreementsFile } from '../../src/data/agreement-schema';
import { parseBundle, verifyHashes } from '../../src/data/bundle';
import { teamAgreementsResponse, teamArticleResponse, teamArticlesResponse, teamError, teamHealth, type TeamAgreement } from '../../src/data/team-schema';
import { migrate } from '../db/migrations';
import type { Database } from '../db/sql';
import { READ_TOKEN, TOKEN, call, sampleArticle, sampleText, serveApi, testPlaces, type Running } from './harness';

/** Sends raw bytes and half-closes; resolves with the first line answered ('' when the server just closed). */
function rawRequest(base: string, text: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    let got = '';
    const socket = connect({ host: hostname, port: Number(port), allowHalfOpen: true }, () => socket.end(text));
    socket.on('data', (d: Buffer) => (got += d.toString('latin1')));
    socket.on('close', () => resolve(got.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

/** An answered agreement without who and when: what a client sends back when it reviews. */
const plain = ({ added_by: _b, added_at: _a, reviewed_by: _rb, reviewed_at: _ra, ...a }: TeamAgreement) => a;

interface Created {
  article: { id: string; title: string; added_by: string; agreements: number };
  agreements: TeamAgreement[];
}

/**
 * The API's behaviour, the same for either driver: api.test.ts runs it on PGlite in this process,
 * postgres.test.ts on a PostgreSQL server the test starts.
 */
export function teamApiSuite(label: string, open: () => Promise<Database>) {
  describe(`team API on ${label}`, () => {
    let db: Database;
    let api: Running;
    const count = async () => (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM articles'))[0]!.n;
    const post = (n: number, by?: string) => call(api.url, 'POST', '/api/articles', { body: sampleArticle(n, by) });

    beforeAll(async () => {
      db = await open();
      api = await serveApi(db);
    }, 60_000);
    afterAll(async () => {
      await api?.close();
      await db?.close();
    });
    beforeEach(async () => {
      await db.exec('TRUNCATE articles CASCADE');
    });

    it('answers, beside the proposals, the sentences the browser’s review would suggest reading (none is stored)', async () => {
      const met = '荣昌区与内江市召开文旅合作座谈会。';
      const body = { ...sampleArticle(2), text: `${sampleText(2)}\n\n${met}` };
      const r = await call(api.url, 'POST', '/api/articles', { body });
      expect(r.status).toBe(201);
      const { article, suggestions } = r.body as Created & { suggestions: { span: { start: number; end: number }; score: number }[] };
      const text = (await db.query<{ text: string }>('SELECT text FROM articles WHERE id = $1', [article.id]))[0]!.text;
      expect(suggestions.map((s) => text.slice(s.span.start, s.span.end))).toEqual([met]);
    });

    it('stores an article with the extractor’s proposals, unreviewed, and answers them in the app’s agreement schema', async () => {
      const r = await post(1, '张三');
      expect(r.status).toBe(201);
      const created = r.body as Created;
      expect(r.headers.get('location')).toBe(`/api/articles/${created.article.id}`);
      expect(created.article).toMatchObject({ title: '合作报道 1', added_by: '张三', reviewed_by: null });
      expect(created.agreements.length).toBeGreaterThan(0);
      expect(created.article.agreements).toBe(created.agreements.length);
      agreementsFile.parse({ agreements: created.agreements });
      for (const a of created.agreements) expect(a).toMatchObject({ article: created.article.id, added_by: '张三', reviewed_by: null, reviewed_at: null });

      const all = teamAgreementsResponse.parse((await call(api.url, 'GET', '/api/agreements', { token: null })).body);
      expect(all.agreements.map((a) => a.id)).toEqual(created.agreements.map((a) => a.id));
      const list = teamArticlesResponse.parse((await call(api.url, 'GET', '/api/articles', { token: null })).body);
      expect(list.articles).toEqual([created.article]);
      const one = teamArticleResponse.parse((await call(api.url, 'GET', `/api/articles/${created.article.id}`, { token: null })).body);
      expect(one.article.text).toBe(sampleText(1));
      expect(teamHealth.parse((await call(api.url, 'GET', '/api/health', { token: null })).body).storage).toBe(db.kind);
    });

    it('replaces the proposals with the reviewed agreements, and exports them as the app’s bundle', async () => {
      const created = (await post(2)).body as Created;
      const accepted = created.agreements.slice(0, 1).map((a) => ({ ...plain(a), title_zh: '审核后的标题 <b>粗</b>' }));
      const r = await call(api.url, 'PUT', `/api/articles/${created.article.id}/agreements`, { body: { agreements: accepted, reviewed_by: '李四' } });
      expect(r.status).toBe(200);
      const after = teamAgreementsResponse.parse((await call(api.url, 'GET', '/api/agreements')).body).agreements;
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject({ id: accepted[0]!.id, title_zh: '审核后的标题 <b>粗</b>', added_by: '测试员', reviewed_by: '李四' });

      const bundleText = JSON.stringify((await call(api.url, 'GET', '/api/bundle')).body);
      const parsed = parseBundle(bundleText, testPlaces().codes);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(await verifyHashes(parsed.bundle)).toBeNull();
      expect(parsed.bundle.articles[0]).toMatchObject({ id: created.article.id, added_by: '测试员' });
      expect(parsed.bundle.agreements.map((a) => a.id)).toEqual([accepted[0]!.id]);
    });

    it('answers the same text a second time with 409 naming the article kept', async () => {
      const first = (await post(3, '王五')).body as Created;
      const again = await call(api.url, 'POST', '/api/articles', { body: { ...sampleArticle(3, '赵六'), title: '另一个标题' } });
      expect(again.status).toBe(409);
      const body = teamError.parse(again.body);
      expect(body.existing).toMatchObject({ id: first.article.id, title: '合作报道 3', added_by: '王五' });
      expect(body.error.en).toContain('合作报道 3');
      expect(await count()).toBe(1);
    });

    it('removes an article with its agreements', async () => {
      const created = (await post(4)).body as Created;
      expect((await call(api.url, 'DELETE', `/api/articles/${created.article.id}`)).status).toBe(204);
      expect((await call(api.url, 'GET', `/api/articles/${created.article.id}`)).status).toBe(404);
      expect((await db.query('SELECT id FROM agreements')).length).toBe(0);
      expect((await call(api.url, 'DELETE', `/api/articles/${created.article.id}`)).status).toBe(404);
    });

    it('refuses reviewed agreements that do not fit their article, changing nothing', async () => {
      const created = (await post(5)).body as Created;
      const other = (await post(6)).body as Created;
      const [a] = created.agreements.map(plain);
      const put = (agreements: unknown[], id = created.article.id) => call(api.url, 'PUT', `/api/articles/${id}/agreements`, { body: { agreements, reviewed_by: '李四' } });
      const cases: [string, unknown[]][] = [
        ['wrong quote', [{ ...a, quote: `${a!.quote.slice(1)}。` }]],
        ['unknown code', [{ ...a, parties: [{ name: '某地', code: '999999', level: 'county' }] }]],
        ['unknown field', [{ ...a, secret: 1 }]],
        ['unknown field in a party', [{ ...a, parties: [{ ...a!.parties[0]!, extra: true }] }]],
        ['another article’s agreement', [plain(other.agreements[0]!)]],
        ['same id twice', [a, a]],
        ['not an agreement', ['<script>alert(1)</script>']],
      ];
      for (const [what, agreements] of cases) {
        const r = await put(agreements);
        expect(r.status, what).toBe(400);
        expect(teamError.parse(r.body).error.zh.length, what).toBeGreaterThan(0);
      }
      expect((await put([a], 'local-000000000000')).status).toBe(404);
      const kept = teamAgreementsResponse.parse((await call(api.url, 'GET', '/api/agreements')).body).agreements.filter((x) => x.article === created.article.id);
      expect(kept.map((x) => x.id)).toEqual(created.agreements.map((x) => x.id));
      expect(kept.every((x) => x.reviewed_by === null)).toBe(true);
    });

    it('needs the team token for every write, compared exactly', async () => {
      const created = (await post(7)).body as Created;
      const wrong = [null, '', 'x', TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase(), `${TOKEN} ${TOKEN}`, READ_TOKEN, 'a'.repeat(10_000)];
      for (const token of wrong) {
        expect((await call(api.url, 'POST', '/api/articles', { body: sampleArticle(8), token })).status, `token ${String(token).slice(0, 20)}`).toBe(401);
        expect((await call(api.url, 'DELETE', `/api/articles/${created.article.id}`, { token })).status).toBe(401);
        expect((await call(api.url, 'PUT', `/api/articles/${created.article.id}/agreements`, { body: { agreements: [], reviewed_by: 'x' }, token })).status).toBe(401);
      }
      const basic = await call(api.url, 'POST', '/api/articles', { body: sampleArticle(8), token: null, headers: { Authorization: `Basic ${TOKEN}` } });
      expect(basic.status).toBe(401);
      expect(basic.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await count()).toBe(1);
      expect(teamAgreementsResponse.parse((await call(api.url, 'GET', '/api/agreements')).body).agreements.every((a) => a.reviewed_by === null)).toBe(true);
    });

    it('with a read token, reads need it (or the write token); health stays open', async () => {
      const guarded = await serveApi(db, { readToken: READ_TOKEN });
      try {
        expect((await call(guarded.url, 'GET', '/api/agreements', { token: null })).status).toBe(401);
        expect((await call(guarded.url, 'GET', '/api/articles', { token: 'wrong-token-0123456789' })).status).toBe(401);
        expect((await call(guarded.url, 'GET', '/api/agreements', { token: READ_TOKEN })).status).toBe(200);
        expect((await call(guarded.url, 'GET', '/api/bundle', { token: TOKEN })).status).toBe(200);
        expect(teamHealth.parse((await call(guarded.url, 'GET', '/api/health', { token: null })).body).read_token).toBe(true);
        expect((await call(guarded.url, 'POST', '/api/articles', { body: sampleArticle(9), token: READ_TOKEN })).status).toBe(401);
      } finally {
        await guarded.close();
      }
    });

    it('hostile input: the right status, a plain message, no crash, nothing stored', async () => {
      const valid = sampleArticle(10);
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      const utf8 = Buffer.from(JSON.stringify({ ...valid, title: 'AB' }));
      const badByte = Uint8Array.from(utf8.map((b, i) => (i === utf8.indexOf('AB') ? 0xc3 : i === utf8.indexOf('AB') + 1 ? 0x28 : b)));
      const gbk = new Uint8Array([...Buffer.from(JSON.stringify({ ...valid, title: 'XX' }).split('XX')[0]!), 0xd6, 0xd8, 0xc7, 0xec, ...Buffer.from(JSON.stringify({ ...valid, title: 'XX' }).split('XX')[1]!)]);
      const cases: [string, number, string, string | Uint8Array | object, Record<string, string>?][] = [
        ['over 5 MB', 413, 'too-large', { ...valid, padding: 'x'.repeat(5 * 1024 * 1024) }],
        ['text over 2 MB', 413, 'too-large', { ...valid, text: `${sampleText(10)}${'。'.repeat(800_000)}` }],
        ['cut short', 400, 'bad-json', JSON.stringify(valid).slice(0, 40)],
        ['not JSON', 400, 'bad-json', 'title=x&text=y'],
        ['empty', 400, 'empty', ''],
        ['deep', 400, 'too-deep', deep],
        ['deep object', 400, 'too-deep', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`],
        ['an array', 400, 'invalid', [valid]],
        ['null', 400, 'invalid', 'null'],
        ['wrong type', 400, 'invalid', { ...valid, title: 42 }],
        ['date not a date', 400, 'invalid', { ...valid, date: '2024-13-99x' }],
        ['unknown field', 400, 'invalid', { ...valid, id: 'local-000000000000' }],
        ['prototype key', 400, 'invalid', `{"__proto__":{"admin":true},${JSON.stringify(valid).slice(1)}`],
        ['missing name', 400, 'invalid', { ...valid, added_by: undefined }],
        ['name with a newline', 400, 'invalid', { ...valid, added_by: 'a\nb' }],
        ['not UTF-8', 400, 'not-utf8', badByte],
        ['GBK bytes', 400, 'not-utf8', gbk],
        ['form body', 415, 'not-json', 'a=b', { 'Content-Type': 'application/x-www-form-urlencoded' }],
        ['no Chinese text', 400, 'no-chinese', { ...valid, text: 'DROP TABLE articles; -- only latin' }],
      ];
      for (const [what, status, code, body, headers] of cases) {
        const r = await call(api.url, 'POST', '/api/articles', { body, headers });
        expect(r.status, what).toBe(status);
        const e = teamError.safeParse(r.body);
        expect(e.success && e.data.error.code, `${what}: ${JSON.stringify(r.body).slice(0, 200)}`).toBe(code);
      }
      // A body cut short on the wire (the client gone mid-send): answered if it can be, never stored.
      for (const declared of [1000, 6 * 1024 * 1024]) {
        const head = await rawRequest(api.url, `POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n${JSON.stringify(valid).slice(0, 50)}`);
        expect(head === '' || /^HTTP\/1\.1 4(00|13)/.test(head), head).toBe(true);
      }
      expect(await count()).toBe(0);

      // SQL and markup in every field are data: stored and answered exactly as sent, the tables intact.
      const sql = "x'); DROP TABLE articles; --";
      const markup = '<img src=x onerror="window.__pwned=1"><script>alert(1)</script>';
      const r = await call(api.url, 'POST', '/api/articles', { body: { ...valid, title: `${sql}${markup}`, newspaper: markup, note: sql, added_by: `${markup}${sql}`.slice(0, 80) } });
      expect(r.status).toBe(201);
      const stored = teamArticlesResponse.parse((await call(api.url, 'GET', '/api/articles')).body).articles[0]!;
      expect(stored).toMatchObject({ title: `${sql}${markup}`, newspaper: markup, note: sql });
      for (const path of [`/api/articles/${encodeURIComponent("local-' OR '1'='1")}`, "/api/articles/1;DROP TABLE articles", '/api/articles/%E0%A4%A', '/api/articles/..%2F..%2Fetc%2Fpasswd', '/api/nothing']) {
        expect((await call(api.url, 'GET', path)).status, path).toBe(404);
        expect((await call(api.url, 'DELETE', path)).status, path).toBeGreaterThanOrEqual(401);
      }
      expect((await call(api.url, 'PATCH', '/api/articles')).status).toBe(405);
      expect(await count()).toBe(1);
      expect((await call(api.url, 'GET', '/api/health')).status).toBe(200);
    });

    it('20 concurrent writers × 25 articles: every article stored once, none lost, the duplicates answered 409', async () => {
      const WRITERS = 20;
      const EACH = 25;
      const SHARED = 5; // the last five of every writer's articles are the same five texts
      const started = Date.now();
      const cpu = process.cpuUsage();
      const answers = await Promise.all(
        Array.from({ length: WRITERS }, async (_, w) => {
          const mine: { n: number; status: number; id?: string; agreements?: number }[] = [];
          for (let i = 0; i < EACH; i++) {
            const n = i < EACH - SHARED ? 1000 + w * EACH + i : 900 + i;
            const r = await post(n, `写手${w}`);
            const created = r.status === 201 ? (r.body as Created) : null;
            mine.push({ n, status: r.status, id: created?.article.id, agreements: created?.agreements.length });
          }
          return mine;
        }),
      );
      const ms = Date.now() - started;
      const { user, system } = process.cpuUsage(cpu);
      const all = answers.flat();
      const created = all.filter((a) => a.status === 201);
      const unique = WRITERS * (EACH - SHARED) + SHARED;
      expect(all.filter((a) => a.status !== 201 && a.status !== 409)).toEqual([]);
      expect(created).toHaveLength(unique);
      expect(all.filter((a) => a.status === 409)).toHaveLength(all.length - unique);
      const stored = teamArticlesResponse.parse((await call(api.url, 'GET', '/api/articles')).body).articles;
      expect(stored).toHaveLength(unique);
      expect(new Set(stored.map((s) => s.sha256)).size).toBe(unique);
      const byId = new Map(stored.map((s) => [s.id, s]));
      for (const c of created) expect(byId.get(c.id!)?.agreements, c.id).toBe(c.agreements);
      console.log(`[${label}] ${all.length} writes by ${WRITERS} concurrent writers in ${ms} ms (${Math.round((user + system) / 1000)} ms CPU in this process): ${created.length} stored, ${all.length - created.length} duplicates answered 409, ${stored.length} kept`);
    });

    it('migrations run once, and a database from a newer server is refused', async () => {
      expect(await migrate(db)).toEqual([]);
      await db.query('INSERT INTO schema_migrations (version, name) VALUES (999, $1)', ['from the future']);
      try {
        await expect(migrate(db)).rejects.toThrow(/newer/);
      } finally {
        await db.query('DELETE FROM schema_migrations WHERE version = 999');
      }
    });
  });
}
