import { bundleSchema, recordsOf, type LocalRecord } from './bundle';
import type { LocalStore } from './local-store';
import { teamError } from './team-schema';

/**
 * The app's side of the team server's API (server/, docs/team.md), loaded only when a team server
 * serves the page. Same origin, so the page's CSP (connect-src 'self') is unchanged.
 */

/** Who is writing: the name the planner gave once and the team token, both kept in this browser. */
export interface TeamIdentity {
  name: string;
  token: string;
}

/** Something the team server refused or could not do, in both languages. */
export class TeamProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'TeamProblem';
  }
}

const UNREACHABLE = new TeamProblem(0, 'unreachable', '无法连接团队服务器（网络中断或服务器已停止）。没有改变任何内容，请稍后再试。', 'The team server cannot be reached (the network is down or the server stopped). Nothing changed; please try again later.');
const NEEDS_NAME = new TeamProblem(0, 'needs-name', '请先点页眉中的“团队”按钮，填写您的名字和团队口令，再保存。', 'First give your name and the team token under "Team" in the header, then save.');
const BAD_ANSWER = new TeamProblem(0, 'bad-answer', '团队服务器的回答无法读取（版本可能不一致）。没有改变任何内容。', 'The team server’s answer could not be read (its version may differ). Nothing changed.');

export interface TeamClient {
  /** Every article on the team server with its reviewed agreements. */
  records(): Promise<LocalRecord[]>;
  /** Adds one article (or finds it already there) and sets its agreements to the reviewed ones. */
  save(record: LocalRecord): Promise<void>;
  remove(articleId: string): Promise<void>;
}

export function createTeamClient(identity: () => TeamIdentity, fetchImpl: typeof fetch = (...a) => fetch(...a)): TeamClient {
  async function request(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const { token } = identity();
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    let res: Response;
    try {
      res = await fetchImpl(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store', credentials: 'same-origin' });
    } catch {
      throw UNREACHABLE;
    }
    const text = await res.text().catch(() => '');
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      if (res.ok) throw BAD_ANSWER;
    }
    if (res.ok || res.status === 409) return { status: res.status, json };
    const e = teamError.safeParse(json);
    if (e.success) throw new TeamProblem(res.status, e.data.error.code, e.data.error.zh, e.data.error.en);
    throw new TeamProblem(res.status, 'http', `团队服务器答复 HTTP ${res.status}。没有改变任何内容。`, `The team server answered HTTP ${res.status}. Nothing changed.`);
  }

  return {
    async records() {
      const parsed = bundleSchema.safeParse((await request('GET', '/api/bundle')).json);
      if (!parsed.success) throw BAD_ANSWER;
      return recordsOf(parsed.data);
    },
    async save({ article: a, agreements }) {
      const { name } = identity();
      if (!name.trim()) throw NEEDS_NAME;
      const posted = await request('POST', '/api/articles', { title: a.title, newspaper: a.newspaper, date: a.date, text: a.text, note: a.note || undefined, added_by: name });
      // Already there (the same text): as in the browser, saving again replaces its agreements with these.
      const answer = posted.json as { article?: { id?: unknown }; existing?: { id?: unknown } } | null;
      const id = posted.status === 409 ? answer?.existing?.id : answer?.article?.id;
      if (id !== a.id)
        throw new TeamProblem(
          posted.status,
          'text-differs',
          '团队服务器读到的文章文字与本浏览器不同，协议没有保存。请把文章作为纯文本重新粘贴后再试。',
          'The team server read the article’s text differently from this browser; the agreements were not saved. Paste the article again as plain text and retry.',
        );
      await request('PUT', `/api/articles/${encodeURIComponent(a.id)}/agreements`, { agreements, reviewed_by: name });
    },
    async remove(articleId) {
      await request('DELETE', `/api/articles/${encodeURIComponent(articleId)}`);
    },
  };
}

/**
 * The team server as the place added articles are kept (src/state/local-articles-store.ts): every
 * article is saved whole or not at all; a bundle imported is saved article by article, so one
 * stopped midway keeps the articles before the stop.
 */
export function teamLocalStore(client: TeamClient): LocalStore {
  return {
    kind: 'team',
    list: () => client.records(),
    async save(records) {
      for (const r of records) await client.save(r);
    },
    remove: (id) => client.remove(id),
  };
}
