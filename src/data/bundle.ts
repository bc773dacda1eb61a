import { z } from 'zod';
import { agreementSchema, agreementsFile, type Agreement } from './agreement-schema';
import './zod-config';

/**
 * Articles a planner added in the browser, and the bundle that carries them from one browser to
 * another. The agreements inside are checked with the very schema of `geodata/agreements.json`;
 * the rest (is every code a place we have, does every quote sit in its article) is checked here.
 */
export const BUNDLE_FORMAT = 'chengyu-atlas-bundle';
export const BUNDLE_VERSION = 1;

/** A local article's id: `local-` and the first 12 hex digits of its text's SHA-256. */
export const localArticleId = (sha256: string): string => `local-${sha256.slice(0, 12)}`;
const LOCAL_ID = /^local-[0-9a-f]{12}$/;
export const isLocalArticle = (id: string): boolean => LOCAL_ID.test(id);
/** An agreement of a local article: its id starts with the article's id (see `localAgreementId`). */
export const isLocalAgreement = (id: string): boolean => /^local-[0-9a-f]{12}(-|$)/.test(id);
/** The article a local agreement id belongs to. */
export const localArticleOf = (agreementId: string): string => agreementId.slice(0, 'local-'.length + 12);

/**
 * The extractor names ids after the file's first word (`local`), which would make two local
 * articles' ids meet; the article id in their place keeps them apart, and apart from the seeds'.
 */
export const localAgreementId = (articleId: string, extractedId: string): string =>
  `${articleId}-${extractedId.replace(/^local-?/, '') || 'agreement'}`.slice(0, 81).replace(/-+$/, '');

export const localArticleSchema = z
  .object({
    id: z.string().regex(LOCAL_ID, 'must be local- and 12 hex digits'),
    title: z.string().trim().min(1),
    newspaper: z.string(),
    /** Publication date: resolves 今年/去年; null when the planner did not know it. */
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable(),
    text: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits'),
    /** Who added it and why, in the planner's own words. */
    note: z.string(),
    added_at: z.string().min(1),
    /** Who added it, for an article from the team server (docs/team.md); absent for one added in a browser. */
    added_by: z.string().optional(),
  })
  .refine((a) => a.id === localArticleId(a.sha256), { message: 'id must be local- and the first 12 hex digits of sha256', path: ['id'] });
export type LocalArticle = z.infer<typeof localArticleSchema>;

/** One added article with the agreements the planner accepted (possibly none). */
export interface LocalRecord {
  article: LocalArticle;
  agreements: Agreement[];
}

export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  articles: z.array(localArticleSchema),
  agreements: z.array(agreementSchema),
});
export type Bundle = z.infer<typeof bundleSchema>;

/** Why a bundle was refused, in both languages. */
export interface BundleProblem {
  code: 'not-json' | 'not-bundle' | 'newer-version' | 'invalid' | 'bad-codes' | 'inconsistent' | 'hash-mismatch';
  zh: string;
  en: string;
}

export type BundleResult = { ok: true; bundle: Bundle } | { ok: false; problem: BundleProblem };

const fail = (code: BundleProblem['code'], zh: string, en: string): BundleResult => ({ ok: false, problem: { code, zh, en } });

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Every code a party may name: districts, prefectures (Chongqing's districts report 500000) and the two provinces. */
export function knownCodes(districts: readonly { code: string; prefectureCode: string; provinceCode: string }[], extra: readonly string[] = []): Set<string> {
  const out = new Set<string>(['500000', '510000', ...extra]);
  for (const d of districts) out.add(d.code).add(d.prefectureCode).add(d.provinceCode);
  return out;
}

/**
 * Reads a bundle file's text. Never throws: the first thing wrong is said plainly. `sha256` is
 * checked separately (`verifyHashes`), being asynchronous in the browser.
 */
export function parseBundle(text: string, codes: ReadonlySet<string>): BundleResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not-json', '文件不是有效的 JSON，无法导入。', 'The file is not valid JSON and cannot be imported.');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BUNDLE_FORMAT)
    return fail('not-bundle', '文件不是成渝合作地图导出的文章包。', 'The file is not an article bundle exported by the Chengdu–Chongqing Cooperation Atlas.');
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BUNDLE_VERSION)
    return fail(
      'newer-version',
      `文章包来自较新版本的地图（格式版本 ${version}，本地图只能读取 ${BUNDLE_VERSION}）。请更新地图后再导入。`,
      `The bundle comes from a newer version of the atlas (format version ${version}; this one reads ${BUNDLE_VERSION}). Update the atlas, then import it.`,
    );
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail('invalid', `文章包内容不符合格式：${pathOf(issue.path)}：${issue.message}`, `The bundle does not follow the format: ${pathOf(issue.path)}: ${issue.message}`);
  }
  const bundle = parsed.data;
  const ids = agreementsFile.safeParse({ agreements: bundle.agreements });
  if (!ids.success) return fail('invalid', `文章包内容不符合格式：${ids.error.issues[0]!.message}`, `The bundle does not follow the format: ${ids.error.issues[0]!.message}`);

  const bad = unknownCodes(bundle.agreements, codes);
  if (bad.length) {
    const list = bad.join(', ');
    return fail('bad-codes', `文章包中的行政区划代码不属于四川或重庆的区县、地市或省：${list}。`, `The bundle names codes that are no district, prefecture or province of Sichuan or Chongqing: ${list}.`);
  }

  const articles = new Map<string, LocalArticle>();
  for (const a of bundle.articles) {
    if (articles.has(a.id)) return fail('inconsistent', `文章包中文章 ${a.id} 出现了两次。`, `The bundle holds article ${a.id} twice.`);
    articles.set(a.id, a);
  }
  for (const ag of bundle.agreements) {
    const article = articles.get(ag.article);
    if (!article) return fail('inconsistent', `协议 ${ag.id} 所属的文章 ${ag.article} 不在文章包中。`, `Agreement ${ag.id} belongs to article ${ag.article}, which is not in the bundle.`);
    const mismatch = agreementMismatch(ag, article.text);
    if (mismatch) return fail('inconsistent', mismatch.zh, mismatch.en);
  }
  return { ok: true, bundle };
}

/** The codes the agreements' parties name that are not in `codes`, sorted. */
export function unknownCodes(agreements: readonly Agreement[], codes: ReadonlySet<string>): string[] {
  const bad = new Set<string>();
  for (const a of agreements) for (const p of a.parties) for (const c of [p.code, ...(p.codes ?? [])]) if (c !== null && !codes.has(c)) bad.add(c);
  return [...bad].sort();
}

/** What does not fit between an added article's agreement and the article's text (its id or its quote), or null. */
export function agreementMismatch(ag: Agreement, text: string): { zh: string; en: string } | null {
  if (!ag.id.startsWith(`${ag.article}-`)) return { zh: `协议编号 ${ag.id} 应以其文章编号 ${ag.article} 开头。`, en: `Agreement id ${ag.id} must start with its article's id ${ag.article}.` };
  if (text.slice(ag.span.start, ag.span.end) !== ag.quote) return { zh: `协议 ${ag.id} 的引文与文章原文不符。`, en: `The quote of agreement ${ag.id} does not match its article's text.` };
  return null;
}

/** The SHA-256 of a text's UTF-8 bytes, as lower-case hex (Web Crypto: the browser, a worker and Node alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether every article's text is the one its hash names (a hand-edited text would break the id). */
export async function verifyHashes(bundle: Bundle): Promise<BundleProblem | null> {
  for (const a of bundle.articles)
    if ((await sha256Hex(a.text)) !== a.sha256)
      return { code: 'hash-mismatch', zh: `文章 ${a.id} 的文字与其 SHA-256 不符（文件可能被改动过）。`, en: `The text of article ${a.id} does not match its SHA-256 (the file may have been edited).` };
  return null;
}

/** The records a bundle carries, each article with its agreements. */
export const recordsOf = (bundle: Bundle): LocalRecord[] =>
  bundle.articles.map((article) => ({ article, agreements: bundle.agreements.filter((a) => a.article === article.id) }));

/** The bundle of the given records, as `Export` writes it. */
export function toBundle(records: readonly LocalRecord[]): Bundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    articles: records.map((r) => r.article),
    agreements: records.flatMap((r) => r.agreements),
  };
}

/**
 * What importing a bundle adds to what is kept: an article already kept (same text hash, whatever
 * its title) or twice in the bundle is a duplicate, reported and not added again.
 */
export function mergeBundle(kept: readonly LocalRecord[], incoming: readonly LocalRecord[]): { added: LocalRecord[]; duplicates: LocalArticle[] } {
  const seen = new Set(kept.map((r) => r.article.sha256));
  const added: LocalRecord[] = [];
  const duplicates: LocalArticle[] = [];
  for (const r of incoming) {
    if (seen.has(r.article.sha256)) duplicates.push(r.article);
    else {
      seen.add(r.article.sha256);
      added.push(r);
    }
  }
  return { added, duplicates };
}
