import type { IncomingMessage } from 'node:http';
import { Problem } from './problem';

const refused = (code: string, zh: string, en: string) => new Problem(400, code, zh, en);

/** Bodies above this are refused with 413 (a news article is some tens of kB; the extractor takes 2 MB at most). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Deeper JSON than this is no request of ours; refused before it is parsed. */
export const MAX_JSON_DEPTH = 32;

export const tooLarge = () => new Problem(413, 'too-large', '请求内容超过 5 MB，没有接收。', 'The request body is over 5 MB and was not accepted.');

/**
 * Reads the whole body, up to `limit` bytes. A body over the limit is read to its end and thrown
 * away (so the client hears the 413 rather than a reset connection), up to a few times the limit.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > limit;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      if (over) {
        chunks.length = 0;
        if (size > 4 * limit) req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => (over ? reject(tooLarge()) : resolve(Buffer.concat(chunks, size))));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(over ? tooLarge() : refused('incomplete', '请求内容没有完整送达。', 'The request body did not arrive whole.'));
    });
  });
}

/** How deep the JSON text nests, counted outside strings, stopping as soon as it passes `max`. */
function deeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The body as JSON: UTF-8 only, not too deep, well formed; each failure said plainly. */
export function parseJsonBody(req: IncomingMessage, bytes: Buffer): unknown {
  const type = (req.headers['content-type'] ?? 'application/json').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json')
    throw new Problem(415, 'not-json', `请求内容须为 JSON（Content-Type: application/json），收到的是 ${type.slice(0, 60)}。`, `The body must be JSON (Content-Type: application/json), not ${type.slice(0, 60)}.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refused('not-utf8', '请求内容不是 UTF-8 编码的文字。', 'The body is not UTF-8 text.');
  }
  if (text.trim() === '') throw refused('empty', '请求内容是空的，应为一个 JSON 对象。', 'The body is empty; it should be a JSON object.');
  if (deeperThan(text, MAX_JSON_DEPTH)) throw refused('too-deep', `JSON 嵌套超过 ${MAX_JSON_DEPTH} 层，没有读取。`, `The JSON nests deeper than ${MAX_JSON_DEPTH} levels and was not read.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw refused('bad-json', '请求内容不是有效的 JSON（可能不完整）。', 'The body is not valid JSON (it may be cut short).');
  }
}
