import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createTeamServer } from '../app';
import { migrate } from '../db/migrations';
import type { Database } from '../db/sql';
import { loadPlaces, type Places } from '../places';
import { teamStore, type TeamStore } from '../store';

export const ROOT = join(import.meta.dirname, '../..');
export const TOKEN = 'test-token-0123456789abcdef';
export const READ_TOKEN = 'read-token-0123456789abcdef';

let places: Places | null = null;
export const testPlaces = () => (places ??= loadPlaces(ROOT));

export interface Running {
  url: string;
  store: TeamStore;
  close(): Promise<void>;
}

/** The team server in this process over `db` (migrated first), on a free loopback port; the API only unless given the build. */
export async function serveApi(db: Database, opts: { readToken?: string; dist?: string; token?: string } = {}): Promise<Running> {
  await migrate(db);
  const store = teamStore(db);
  const server = createTeamServer({ store, places: testPlaces(), token: opts.token ?? TOKEN, readToken: opts.readToken, dist: opts.dist, log: () => undefined });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

/** One request; `body` is sent as JSON unless it is already a string or bytes. */
export async function call(base: string, method: string, path: string, o: { body?: unknown; token?: string | null; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...o.headers };
  const token = o.token === undefined ? TOKEN : o.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const body = o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : o.body instanceof Uint8Array ? Buffer.from(o.body) : JSON.stringify(o.body);
  const res = await fetch(`${base}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: kept as text */
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

const DISTRICTS = ['大足区', '荣昌区', '永川区', '江津区', '合川区', '潼南区', '铜梁区', '璧山区'];
const PARTNERS = ['泸州市江阳区', '内江市市中区', '遂宁市船山区', '广安市广安区', '资阳市雁江区', '达州市通川区'];
const FIELDS = ['文旅', '产业', '交通', '生态环保', '科技创新'];

/** A short news text the extractor finds one or two agreements in, different for every `n`. */
export function sampleText(n: number): string {
  const a = DISTRICTS[n % DISTRICTS.length]!;
  const b = PARTNERS[Math.floor(n / DISTRICTS.length) % PARTNERS.length]!;
  const f = FIELDS[n % FIELDS.length]!;
  return `本报讯（记者 王${n}）3月5日，${a}与${b}签署${f}合作框架协议，双方将在${f}领域深化合作。\n\n这是两地今年签署的第${n + 1}份合作文件。`;
}

export const sampleArticle = (n: number, by = '测试员') => ({ title: `合作报道 ${n}`, newspaper: '重庆日报', date: '2024-03-06', text: sampleText(n), added_by: by });
