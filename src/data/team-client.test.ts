import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION, localArticleId, sha256Hex, type LocalRecord } from './bundle';
import { createTeamClient, TeamProblem } from './team-client';

async function record(): Promise<LocalRecord> {
  const text = '潼南区与安岳县签署了农业合作框架协议。';
  const sha256 = await sha256Hex(text);
  const id = localArticleId(sha256);
  const agreement = {
    id: `${id}-agreement-tongnan-anyue`, article: id, span: { start: 0, end: text.length }, quote: text, title_zh: '潼南、安岳：农业合作框架协议', title_en: 'Tongnan–Anyue: agriculture',
    kind: 'agreement' as const, date: null, parties: [{ name: '潼南区', code: '500152', level: 'county' as const }], domains: ['industry' as const], confidence: 0.9,
  };
  return { article: { id, title: '合作', newspaper: '重庆日报', date: '2024-04-18', text, sha256, note: '', added_at: '2024-04-19T00:00:00.000Z' }, agreements: [agreement] };
}

type Call = { method: string; path: string; headers: Record<string, string>; body: unknown };
/** A fetch that answers from a list and keeps what it was asked. */
function fakeFetch(answers: (Response | Error)[]) {
  const calls: Call[] = [];
  const impl = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ method: init?.method ?? 'GET', path: String(input), headers: init?.headers as Record<string, string>, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const next = answers.shift();
    if (!next) throw new Error('no answer left');
    if (next instanceof Error) throw next;
    return next;
  };
  return { calls, impl: impl as typeof fetch };
}
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const me = () => ({ name: '张工', token: 'secret-token-0123456789' });

describe('team client', () => {
  it('saves an article as the named planner: the article, then its reviewed agreements', async () => {
    const r = await record();
    const f = fakeFetch([json(201, { article: { id: r.article.id } }), json(200, { agreements: [] })]);
    await createTeamClient(me, f.impl).save(r);
    expect(f.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /api/articles', `PUT /api/articles/${r.article.id}/agreements`]);
    expect(f.calls[0]!.headers.Authorization).toBe('Bearer secret-token-0123456789');
    expect(f.calls[0]!.body).toEqual({ title: '合作', newspaper: '重庆日报', date: '2024-04-18', text: r.article.text, added_by: '张工' });
    expect(f.calls[1]!.body).toEqual({ agreements: r.agreements, reviewed_by: '张工' });
  });

  it('saving an article already on the server replaces its agreements; a different text is refused', async () => {
    const r = await record();
    const existing = (id: string) => json(409, { error: { code: 'duplicate', zh: '已在', en: 'already' }, existing: { id } });
    const same = fakeFetch([existing(r.article.id), json(200, { agreements: [] })]);
    await createTeamClient(me, same.impl).save(r);
    expect(same.calls.map((c) => c.method)).toEqual(['POST', 'PUT']);
    const other = fakeFetch([json(201, { article: { id: 'local-000000000000' } })]);
    await expect(createTeamClient(me, other.impl).save(r)).rejects.toMatchObject({ code: 'text-differs' });
    expect(other.calls).toHaveLength(1);
  });

  it('says plainly why nothing was saved: no name, the server’s own reason, no server', async () => {
    const r = await record();
    const none = fakeFetch([]);
    await expect(createTeamClient(() => ({ name: ' ', token: 'x' }), none.impl).save(r)).rejects.toMatchObject({ code: 'needs-name' });
    expect(none.calls).toHaveLength(0);
    const refused = fakeFetch([json(401, { error: { code: 'unauthorized', zh: '口令不正确', en: 'wrong token' } })]);
    const e = await createTeamClient(me, refused.impl).save(r).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TeamProblem);
    expect(e).toMatchObject({ status: 401, zh: '口令不正确', en: 'wrong token' });
    await expect(createTeamClient(me, fakeFetch([new TypeError('Failed to fetch')]).impl).remove(r.article.id)).rejects.toMatchObject({ code: 'unreachable' });
    await expect(createTeamClient(me, fakeFetch([new Response('<html>', { status: 502 })]).impl).remove(r.article.id)).rejects.toMatchObject({ code: 'http', status: 502 });
  });

  it('reads the team’s records from its bundle, and refuses an answer that is no bundle', async () => {
    const r = await record();
    const bundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, articles: [{ ...r.article, added_by: '张工' }], agreements: r.agreements };
    expect(await createTeamClient(me, fakeFetch([json(200, bundle)]).impl).records()).toEqual([{ article: { ...r.article, added_by: '张工' }, agreements: r.agreements }]);
    await expect(createTeamClient(me, fakeFetch([json(200, { articles: [] })]).impl).records()).rejects.toMatchObject({ code: 'bad-answer' });
    await expect(createTeamClient(me, fakeFetch([new Response('<!doctype html>', { status: 200 })]).impl).records()).rejects.toMatchObject({ code: 'bad-answer' });
  });
});
