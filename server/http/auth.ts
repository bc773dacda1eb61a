import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Problem } from './problem';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Whether the request carries `Authorization: Bearer <one of the tokens>`. Both sides are hashed
 * first so they are the same length, and compared in constant time: how long the comparison takes
 * says nothing about how much of a guess was right.
 */
export function bearerMatcher(tokens: readonly string[]): (req: IncomingMessage) => boolean {
  const wanted = tokens.map(digest);
  return (req) => {
    const m = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '');
    const given = digest(m?.[1] ?? '');
    let ok = false;
    for (const w of wanted) ok = timingSafeEqual(given, w) || ok; // every token compared, matched or not
    return ok && m !== null;
  };
}

export const unauthorized = (write: boolean) =>
  new Problem(
    401,
    'unauthorized',
    write ? '写入需要团队口令（Authorization: Bearer <TEAM_TOKEN>）。口令缺失或不正确，什么也没有保存。' : '读取团队数据需要口令（Authorization: Bearer <TEAM_READ_TOKEN>）。口令缺失或不正确。',
    write
      ? 'Writing needs the team token (Authorization: Bearer <TEAM_TOKEN>). It was missing or wrong; nothing was stored.'
      : 'Reading the team data needs a token (Authorization: Bearer <TEAM_READ_TOKEN>). It was missing or wrong.',
    undefined,
    { 'WWW-Authenticate': 'Bearer realm="chengyu-atlas-team"' },
  );
