import { agreementSchema, type Agreement, type Party } from '../../data/agreement-schema';
import type { LocalRecord } from '../../data/bundle';

/** One agreement the extractor proposed (or the planner marked), and what the planner decided. */
export interface Proposal {
  agreement: Agreement;
  decision: 'pending' | 'accepted' | 'rejected';
  /** Marked by the planner in the text, not found by the extractor. */
  manual: boolean;
}

/** What the planner entered about the article in the form. */
export interface ArticleFields {
  title: string;
  newspaper: string;
  date: string;
  note: string;
}

export const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const proposalsOf = (agreements: readonly Agreement[]): Proposal[] => agreements.map((agreement) => ({ agreement, decision: 'pending', manual: false }));

/**
 * An agreement from a sentence the extractor missed: the selected text as its quote, no parties
 * yet (the planner adds them), titled after the quote until the planner writes a title.
 */
export function manualProposal(text: string, start: number, end: number, articleId: string, date: string | null, taken: ReadonlySet<string>, suffix: string): Proposal {
  // Trim the selection to the text it holds, so the quote begins and ends with a character.
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  let n = 1;
  while (taken.has(`${articleId}-manual-${n}`)) n++;
  const quote = text.slice(start, end);
  const short = quote.replace(/\s+/gu, '');
  return {
    agreement: {
      id: `${articleId}-manual-${n}`,
      article: articleId,
      span: { start, end },
      quote,
      title_zh: `${short.slice(0, 30)}${short.length > 30 ? '…' : ''}${suffix}`,
      title_en: 'Agreement marked by hand',
      kind: 'agreement',
      date: date && DATE.test(date) ? date : null,
      parties: [],
      domains: [],
      confidence: 1,
    },
    decision: 'pending',
    manual: true,
  };
}

/** Replaces party `i` (or adds one at the end when `i` is the length). */
export const withParty = (a: Agreement, i: number, party: Party): Agreement => ({ ...a, parties: i >= a.parties.length ? [...a.parties, party] : a.parties.map((p, j) => (j === i ? party : p)) });
export const withoutParty = (a: Agreement, i: number): Agreement => ({ ...a, parties: a.parties.filter((_, j) => j !== i) });

/** What is wrong with an accepted agreement before it can be kept, or null. */
export function problemOf(a: Agreement): string | null {
  if (a.parties.length === 0) return `${a.title_zh}: parties`;
  const r = agreementSchema.safeParse(a);
  return r.success ? null : `${a.title_zh}: ${r.error.issues.map((i) => i.path.join('.')).join(', ')}`;
}

/** The record to keep: the article with its accepted agreements only. */
export function recordOf(article: { id: string; sha256: string; text: string }, fields: ArticleFields, proposals: readonly Proposal[], now: Date): LocalRecord {
  return {
    article: {
      id: article.id,
      title: fields.title.trim(),
      newspaper: fields.newspaper.trim(),
      date: fields.date.trim() || null,
      text: article.text,
      sha256: article.sha256,
      note: fields.note.trim(),
      added_at: now.toISOString(),
    },
    agreements: proposals.filter((p) => p.decision === 'accepted').map((p) => p.agreement),
  };
}
