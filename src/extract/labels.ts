import { z } from 'zod';
import { sha256Hex } from '../data/bundle';
import '../data/zod-config';
import type { LabelledAgreement } from './quality';

/**
 * Labels of articles whose text is a third party's (the tuning and unseen sets): one JSON file per
 * article, as the labellers write it (see docs/agreements.md, "Test sets"), kept in the repository
 * under src/extract/fixtures/<set>/<id>.json. They hold spans and hashes, never the article's
 * words; the text itself lives in the git-ignored local-articles/<set>/<id>.txt.
 */
const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
const hex = z.string().regex(/^[0-9a-f]+$/u);

// Lenient where a labeller's judgement may use words of their own (a level, a kind, a code given as
// a district that is not ours): only spans, hashes and the clear/borderline split must be exact.
export const labelledArticleSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/u, 'an id usable as a file name'),
  url: z.string().optional(),
  outlet: z.string().optional(),
  outlet_level: z.string().optional(),
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u).nullable().optional(),
  title: z.string().optional(),
  text_sha256: hex.length(64),
  chars: z.number().int().min(0).optional(),
  agreements: z.array(
    z.object({
      id: z.string().min(1),
      span,
      quote_sha256: hex.min(8),
      other_spans: z.array(span).nullable().optional(),
      kind: z.string(),
      title_zh: z.string().nullable().optional(),
      date: z.string().nullable().optional(),
      domains: z.array(z.string()).nullable().optional(),
      parties: z.array(z.object({ name: z.string().nullable().optional(), code: z.string().nullable(), level: z.string().nullable().optional() })),
      clarity: z.enum(['clear', 'borderline']),
    }),
  ),
});
export type LabelledArticle = z.infer<typeof labelledArticleSchema>;

/** The name an article of a set is read under (and its agreements carry as `article`). */
export const articleFile = (a: { id: string }) => `${a.id}.txt`;

/**
 * Whether the tuning bar (0.85 each: a guard that the rules and the review get no worse) is held on a
 * tuning article. It is on sets a–s, the articles the rules were written from in rounds 1–8, where the
 * rules met it. Sets za–zm were labelled later to train the learned reading, and the rules never met the
 * bar on them (round 13's list rules were written from zi–zk); they are measured and reported beside it.
 * Takes an article's id or its file name.
 */
export const underTuningBar = (idOrFile: string) => !/^z[a-z]-/u.test(idOrFile);

export function labelsOf(a: LabelledArticle): LabelledAgreement[] {
  return a.agreements.map((g) => ({
    id: g.id,
    article: articleFile(a),
    spans: [g.span, ...(g.other_spans ?? [])],
    kind: g.kind,
    ...(g.title_zh ? { title: g.title_zh } : {}),
    parties: g.parties.map((p) => ({ name: p.name ?? '', code: p.code?.trim() || null, level: p.level ?? '' })),
    clarity: g.clarity,
  }));
}

/**
 * What is wrong between an article's labels and the local text they were made on, in words; empty
 * when the text is the one labelled (same hash) and every label's quote hash matches its span.
 */
export async function checkText(a: LabelledArticle, text: string): Promise<string[]> {
  const problems: string[] = [];
  if ((await sha256Hex(text)) !== a.text_sha256) {
    problems.push(`${a.id}: the local text is not the one labelled (SHA-256 differs; ${text.length} characters${a.chars === undefined ? "" : `, labelled ${a.chars}`})`);
    return problems;
  }
  for (const g of a.agreements) {
    const spans = [g.span, ...(g.other_spans ?? [])];
    if (spans.some((s) => s.end <= s.start || s.end > text.length)) problems.push(`${a.id}/${g.id}: a span lies outside the text`);
    else if (!(await sha256Hex(text.slice(g.span.start, g.span.end))).startsWith(g.quote_sha256)) problems.push(`${a.id}/${g.id}: the quote at the span does not match its hash`);
  }
  return problems;
}
