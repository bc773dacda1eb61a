import type { ServerResponse } from 'node:http';
import type { TeamArticleSummary, TeamError } from '../../src/data/team-schema';

/** An error answer: its status, a short code and the same plain message in Chinese and English. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    readonly existing?: TeamArticleSummary,
    readonly headers: Record<string, string> = {},
  ) {
    super(en);
  }
  body(): TeamError {
    return { error: { code: this.code, zh: this.zh, en: this.en }, ...(this.existing ? { existing: this.existing } : {}) };
  }
}

export const invalid = (zh: string, en: string) => new Problem(400, 'invalid', zh, en);

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

export const sendProblem = (res: ServerResponse, p: Problem) => sendJson(res, p.status, p.body(), p.headers);
