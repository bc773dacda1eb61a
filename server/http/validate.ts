import type { z } from 'zod';
import { agreementSchema, agreementsFile, type Agreement } from '../../src/data/agreement-schema';
import { agreementMismatch, unknownCodes } from '../../src/data/bundle';
import { Problem, invalid } from './problem';

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(body)';

/** The first thing a schema found wrong, as a 400 in both languages. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const where = prefix + pathOf(issue.path);
  return fail400(where, issue.message);
}

function fail400(where: string, message: string): never {
  throw invalid(`请求内容不符合格式：${where}：${message}`, `The request does not follow the format: ${where}: ${message}`);
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The first field of `raw` that the schema dropped from `parsed` (the agreement schema lets unknown
 * fields through silently; the API refuses them, as it does on its own bodies).
 */
export function strayField(raw: unknown, parsed: unknown, path = ''): string | null {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (let i = 0; i < raw.length; i++) {
      const s = strayField(raw[i], parsed[i], `${path}.${i}`);
      if (s) return s;
    }
  } else if (isPlain(raw) && isPlain(parsed)) {
    for (const k of Object.keys(raw)) {
      if (!Object.hasOwn(parsed, k)) return `${path}.${k}`;
      const s = strayField(raw[k], parsed[k], `${path}.${k}`);
      if (s) return s;
    }
  }
  return null;
}

/**
 * The reviewed agreements of one article, each checked as the app checks a bundle's: the app's
 * schema, no unknown field, the article's own, its quote at its span in the text, known codes,
 * no id twice.
 */
export function reviewedAgreements(raw: readonly unknown[], article: { id: string; text: string }, codes: ReadonlySet<string>): Agreement[] {
  const out = raw.map((item, i) => {
    const a = parseOr400(agreementSchema, item, `agreements.${i}.`);
    const stray = strayField(item, a);
    if (stray) fail400(`agreements.${i}${stray}`, 'unknown field');
    if (a.article !== article.id) fail400(`agreements.${i}.article`, `must be ${article.id}, the article of this address`);
    const mismatch = agreementMismatch(a, article.text);
    if (mismatch) throw invalid(mismatch.zh, mismatch.en);
    return a;
  });
  const bad = unknownCodes(out, codes);
  if (bad.length)
    throw invalid(
      `协议中的行政区划代码不属于四川或重庆的区县、地市或省：${bad.join(', ')}。`,
      `The agreements name codes that are no district, prefecture or province of Sichuan or Chongqing: ${bad.join(', ')}.`,
    );
  parseOr400(agreementsFile, { agreements: out });
  return out;
}

export const noArticle = () => new Problem(404, 'not-found', '团队服务器上没有这篇文章（可能已被删除）。', 'There is no such article on the team server (it may have been removed).');
