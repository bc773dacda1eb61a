import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { teamAgreementsResponse, teamArticlesResponse, type TeamAgreement } from '../src/data/team-schema';
import { openPglite } from './db/pglite';
import { TOKEN, call, sampleArticle, sampleText, serveApi, testPlaces, type Running } from './testing/harness';
import { freshPgliteDir } from './testing/pglite-template';
import { startServerProcess, type ServerProcess } from './testing/process';
import { readArticle } from './read-article';

const WORKERS = 8;
/** The server is killed once this many articles have been acknowledged. */
const KILL_AFTER = 30;

const dir = mkdtempSync(join(tmpdir(), 'atlas-team-kill-'));
let server: ServerProcess | undefined;
let restarted: Running | undefined;
afterAll(async () => {
  await server?.stop();
  await restarted?.close();
  await restarted?.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const plain = ({ added_by: _b, added_at: _a, reviewed_by: _rb, reviewed_at: _ra, ...a }: TeamAgreement) => a;

it('a server killed (SIGKILL) in the middle of a batch of writes keeps every acknowledged write, and no half of any', async () => {
  await freshPgliteDir(join(dir, 'pglite'));
  server = await startServerProcess({ TEAM_TOKEN: TOKEN, TEAM_DATA: dir });
  const first = server;
  // Each worker adds an article, then reviews it down to its first proposal: two transactions per article.
  const posted = new Map<string, number>(); // article id → n, acknowledged
  const reviewed = new Map<string, string>(); // article id → the one agreement kept, acknowledged
  const sent = new Set<number>();
  let next = 0;
  let killedAt = 0;
  const started = Date.now();
  const worker = async () => {
    for (;;) {
      const n = next++;
      sent.add(n);
      try {
        const r = await call(first.url, 'POST', '/api/articles', { body: sampleArticle(n) });
        expect(r.status).toBe(201);
        const { article, agreements } = r.body as { article: { id: string }; agreements: TeamAgreement[] };
        posted.set(article.id, n);
        if (posted.size === KILL_AFTER) {
          killedAt = Date.now();
          first.child.kill('SIGKILL');
        }
        const keep = plain(agreements[0]!);
        const put = await call(first.url, 'PUT', `/api/articles/${article.id}/agreements`, { body: { agreements: [keep], reviewed_by: '审核员' } });
        expect(put.status).toBe(200);
        reviewed.set(article.id, keep.id);
      } catch (e) {
        if (first.child.signalCode === null && !killedAt) throw e;
        return; // the server is gone: whatever this worker had sent is unacknowledged
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  await new Promise((resolve) => (first.child.exitCode !== null || first.child.signalCode !== null ? resolve(null) : first.child.once('exit', resolve)));
  expect(first.child.signalCode).toBe('SIGKILL');

  // Restarted in this process (the same code as main.ts, without a second process to boot): the
  // data directory as the killed server left it, recovered by PostgreSQL's own start-up.
  restarted = await serveApi(await openPglite(join(dir, 'pglite')));
  const articles = teamArticlesResponse.parse((await call(restarted.url, 'GET', '/api/articles')).body).articles;
  const agreements = teamAgreementsResponse.parse((await call(restarted.url, 'GET', '/api/agreements')).body).agreements;
  const byArticle = new Map<string, string[]>();
  for (const a of agreements) byArticle.set(a.article, [...(byArticle.get(a.article) ?? []), a.id]);

  // Every acknowledged write is there.
  const kept = new Map(articles.map((a) => [a.id, a]));
  for (const id of posted.keys()) expect(kept.has(id), `acknowledged article ${id}`).toBe(true);
  for (const [id, one] of reviewed) expect(byArticle.get(id), `acknowledged review of ${id}`).toEqual([one]);

  // No article is half there: it has either all the extractor's proposals, or exactly the reviewed one.
  const gazetteer = testPlaces().gazetteer;
  const proposals = new Map<string, string[]>();
  for (const n of sent) {
    const read = readArticle(sampleText(n), '2024-03-06', gazetteer);
    if (read.ok) proposals.set(read.id, read.proposals.map((p) => p.id));
  }
  for (const a of articles) {
    const ids = byArticle.get(a.id) ?? [];
    expect(proposals.has(a.id), `${a.id} is one of the articles sent`).toBe(true);
    if (a.reviewed_by === null) expect(ids, `${a.id} unreviewed`).toEqual(proposals.get(a.id));
    else expect(ids, `${a.id} reviewed`).toEqual([proposals.get(a.id)![0]]);
  }

  // And the restarted server takes writes again.
  expect((await call(restarted.url, 'POST', '/api/articles', { body: sampleArticle(100_000) })).status).toBe(201);

  const inFlight = sent.size - posted.size;
  const reviewsKept = articles.filter((a) => a.reviewed_by !== null).length;
  console.log(
    `[kill] ${sent.size} articles sent by ${WORKERS} writers, SIGKILL after ${KILL_AFTER} acknowledged (${killedAt - started} ms into the batch; ${reviewed.size} reviews acknowledged); ` +
      `after the restart: ${articles.length} articles (${articles.length - posted.size} of the ${inFlight} unacknowledged made it whole), all ${posted.size} acknowledged articles and ${reviewed.size} reviews there (${reviewsKept - reviewed.size} of the ${posted.size - reviewed.size} unacknowledged reviews committed whole, the others not at all), no article half-written`,
  );
}, 240_000);
