import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocalArticle } from '../src/data/bundle';
import { TEAM_SERVICE, newArticleBody, reviewBody, type TeamHealth } from '../src/data/team-schema';
import { SCHEMA_VERSION } from './db/migrations';
import { bearerMatcher, unauthorized } from './http/auth';
import { parseJsonBody, readBody } from './http/body';
import { Problem, sendJson } from './http/problem';
import { noArticle, parseOr400, reviewedAgreements } from './http/validate';
import type { Places } from './places';
import { readArticle } from './read-article';
import type { TeamStore } from './store';

export interface ApiOptions {
  store: TeamStore;
  places: Places;
  /** Writes need this token. */
  token: string;
  /** When set, reads need it (or the write token) too. */
  readToken?: string | undefined;
  now?: () => Date;
}

type Handler = (req: IncomingMessage, res: ServerResponse, id: string) => Promise<void>;
interface Route {
  pattern: RegExp;
  methods: Partial<Record<string, { access: 'open' | 'read' | 'write'; handle: Handler }>>;
}

const methodNotAllowed = (allowed: string[]) =>
  new Problem(405, 'method', `此地址不支持该请求方法（可用：${allowed.join(', ')}）。`, `This address does not take that method (it takes ${allowed.join(', ')}).`, undefined, { Allow: allowed.join(', ') });
const noRoute = () => new Problem(404, 'not-found', '没有这个接口地址（见 docs/team.md）。', 'There is no such API address (see docs/team.md).');

/** An id from the address; one that is not even valid percent-encoding names no article. */
function decodedId(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? '');
  } catch {
    throw noArticle();
  }
}

/** The API under /api/: it answers JSON and throws a `Problem` for anything it refuses. */
export function apiHandler(o: ApiOptions): (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void> {
  const now = o.now ?? (() => new Date());
  const { store, places } = o;
  const writer = bearerMatcher([o.token]);
  const reader = bearerMatcher(o.readToken ? [o.readToken, o.token] : [o.token]);

  const json = async (req: IncomingMessage) => parseJsonBody(req, await readBody(req));
  const existingArticle = async (id: string) => {
    const found = isLocalArticle(id) ? await store.article(id) : null;
    if (!found) throw noArticle();
    return found;
  };

  const routes: Route[] = [
    {
      pattern: /^\/api\/health$/,
      methods: {
        // Open even with a read token, so the app can learn that it needs one.
        GET: {
          access: 'open',
          handle: async (_req, res) => {
            const ok = await store.ping().then(
              () => true,
              () => false,
            );
            const body: TeamHealth = { service: TEAM_SERVICE, ok, storage: store.kind, schema_version: SCHEMA_VERSION, read_token: Boolean(o.readToken) };
            sendJson(res, ok ? 200 : 503, body);
          },
        },
      },
    },
    {
      pattern: /^\/api\/agreements$/,
      methods: { GET: { access: 'read', handle: async (_req, res) => sendJson(res, 200, { agreements: await store.agreements() }) } },
    },
    {
      pattern: /^\/api\/bundle$/,
      methods: { GET: { access: 'read', handle: async (_req, res) => sendJson(res, 200, await store.bundle()) } },
    },
    {
      pattern: /^\/api\/articles$/,
      methods: {
        GET: { access: 'read', handle: async (_req, res) => sendJson(res, 200, { articles: await store.articles() }) },
        POST: {
          access: 'write',
          handle: async (req, res) => {
            const body = parseOr400(newArticleBody, await json(req));
            const read = readArticle(body.text, body.date, places.gazetteer);
            if (!read.ok) throw new Problem(read.note.code === 'too-large' ? 413 : 400, read.note.code, read.note.zh, read.note.en);
            const article = { id: read.id, sha256: read.sha256, title: body.title, newspaper: body.newspaper, date: body.date, text: read.text, note: body.note ?? '', added_by: body.added_by };
            const out = await store.addArticle(article, read.proposals, now());
            if (!out.ok) {
              const e = out.existing;
              throw new Problem(
                409,
                'duplicate',
                `这篇文章已在团队服务器上：“${e.title}”（${e.id}），由 ${e.added_by} 于 ${e.added_at.slice(0, 10)} 添加。没有重复保存。`,
                `This article is already on the team server: "${e.title}" (${e.id}), added by ${e.added_by} on ${e.added_at.slice(0, 10)}. It was not stored again.`,
                e,
              );
            }
            sendJson(res, 201, { article: out.article, agreements: out.agreements, notes: read.notes, suggestions: read.suggestions }, { Location: `/api/articles/${out.article.id}` });
          },
        },
      },
    },
    {
      pattern: /^\/api\/articles\/([^/]+)$/,
      methods: {
        GET: { access: 'read', handle: async (_req, res, id) => sendJson(res, 200, await existingArticle(id)) },
        DELETE: {
          access: 'write',
          handle: async (_req, res, id) => {
            if (!isLocalArticle(id) || !(await store.remove(id))) throw noArticle();
            res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
          },
        },
      },
    },
    {
      pattern: /^\/api\/articles\/([^/]+)\/agreements$/,
      methods: {
        PUT: {
          access: 'write',
          handle: async (req, res, id) => {
            const body = parseOr400(reviewBody, await json(req));
            const { article } = await existingArticle(id);
            const agreements = reviewedAgreements(body.agreements, article, places.codes);
            const stored = await store.review(id, agreements, body.reviewed_by, now());
            if (!stored) throw noArticle();
            sendJson(res, 200, { agreements: stored });
          },
        },
      },
    },
  ];

  return async (req, res, path) => {
    for (const route of routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      const method = route.methods[req.method === 'HEAD' ? 'GET' : (req.method ?? '')];
      if (!method) throw methodNotAllowed(Object.keys(route.methods));
      const check = method.access === 'write' ? writer : method.access === 'read' && o.readToken ? reader : null;
      if (check && !check(req)) throw unauthorized(method.access === 'write');
      return method.handle(req, res, decodedId(m[1]));
    }
    throw noRoute();
  };
}
