import { agreementSchema, type Agreement, type Party } from '../../data/agreement-schema';
import type { LocalRecord } from '../../data/bundle';
import { doubtsOf } from '../../agreements/doubts';

/** One agreement the extractor proposed (or the planner marked), and what the planner decided. */
export interface Proposal {
  agreement: Agreement;
  decision: 'pending' | 'accepted' | 'rejected';
  /** Marked by the planner in the text, not found by the extractor. */
  manual: boolean;
  /** Added from a suggested sentence with the places it names as parties, not yet changed: the planner is asked to check them. */
  partiesFromSentence?: boolean;
  /** Marked by hand from a suggested sentence and titled as the extractor would: its titles follow its parties. */
  drafted?: boolean;
  /** Each title without the parties' names that open it (null when it does not open with them): taken when the parties first change. */
  titleTails?: { zh: string | null; en: string | null };
  /** The titles the planner typed: theirs, never rewritten. */
  titleTyped?: { zh?: boolean; en?: boolean };
}

/** How the extractor's titles name a list of parties, in Chinese and in English (`retitle.ts`). */
export type PartyWords = (parties: readonly Party[], a: Agreement) => { zh: string; en: string };

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

const tailOf = (title: string, who: string): string | null => (who && title.startsWith(who) ? title.slice(who.length) : null);

/**
 * The proposal with these parties, its titles naming them as the extractor would have (unless the
 * planner typed that title, or it is a sentence marked by hand, titled by its quote, not drafted from
 * a suggestion). With no party
 * left the titles stay as they were, to follow again once one is added.
 */
export function withParties(p: Proposal, parties: Party[], words: PartyWords | null): Proposal {
  const a = p.agreement;
  if ((p.manual && !p.drafted) || !words) return { ...p, agreement: { ...a, parties } };
  const before = p.titleTails ? null : words(a.parties, a);
  const tails = p.titleTails ?? { zh: tailOf(a.title_zh, before!.zh), en: tailOf(a.title_en, before!.en) };
  if (parties.length === 0) return { ...p, titleTails: tails, agreement: { ...a, parties } };
  const now = words(parties, a);
  const follows = (lang: 'zh' | 'en') => !p.titleTyped?.[lang] && tails[lang] !== null;
  return {
    ...p,
    titleTails: tails,
    agreement: { ...a, parties, title_zh: follows('zh') ? now.zh + tails.zh! : a.title_zh, title_en: follows('en') ? now.en + tails.en! : a.title_en },
  };
}

/** The proposal with a title the planner typed: from now on it is theirs, and a change of parties leaves it. */
export function withTitle(p: Proposal, lang: 'zh' | 'en', title: string): Proposal {
  return { ...p, titleTyped: { ...p.titleTyped, [lang]: true }, agreement: { ...p.agreement, [lang === 'zh' ? 'title_zh' : 'title_en']: title } };
}

/** Replaces party `i` (or adds one at the end when `i` is the length). */
export const withParty = (a: Agreement, i: number, party: Party): Agreement => ({ ...a, parties: i >= a.parties.length ? [...a.parties, party] : a.parties.map((p, j) => (j === i ? party : p)) });
export const withoutParty = (a: Agreement, i: number): Agreement => ({ ...a, parties: a.parties.filter((_, j) => j !== i) });

/** What keeps an accepted agreement from being kept: no party yet, or a field the schema refuses. */
export type IncompleteAgreement = { title: string; missing: 'parties' } | { title: string; missing: 'fields'; fields: string[] };

/** What is wrong with an accepted agreement before it can be kept, or null. */
export function problemOf(a: Agreement): IncompleteAgreement | null {
  if (a.parties.length === 0) return { title: a.title_zh, missing: 'parties' };
  const r = agreementSchema.safeParse(a);
  return r.success ? null : { title: a.title_zh, missing: 'fields', fields: r.error.issues.map((i) => i.path.join('.')) };
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

/**
 * The confidence from which the extractor's proposals may be accepted at once: on the seeds every
 * prediction at 0.8 or more is a labelled agreement (docs/agreements.md).
 */
export const SURE = 0.8;

/**
 * The pending proposals a planner may accept in one go: found by the extractor (not marked by hand),
 * sure of themselves, with a party, and with no doubt it would say on the card (parties taken from
 * the headline, the sentence model's, …), for such a one may be sure and still name the wrong places.
 */
export const sureToAccept = (proposals: readonly Proposal[]): Proposal[] =>
  proposals.filter((p) => p.decision === 'pending' && !p.manual && p.agreement.confidence >= SURE && p.agreement.parties.length > 0 && doubtsOf(p.agreement.reasons).length === 0);

/** The proposals with the sure ones accepted; the rest as they were. */
export function acceptSure(proposals: readonly Proposal[]): Proposal[] {
  const sure = new Set(sureToAccept(proposals));
  return proposals.map((p) => (sure.has(p) ? { ...p, decision: 'accepted' } : p));
}

/** An earlier proposal a proposal shares its sentence with: `list` when both are items of one list the extractor split. */
export interface SameSentence {
  index: number;
  list: boolean;
}

const sameList = (a: Agreement, b: Agreement) => !!a.list && !!b.list && a.list.start === b.list.start && a.list.end === b.list.end;

/**
 * For each proposal, the first earlier one whose sentence it shares (their spans overlap), or null: one
 * sentence may state two agreements, or one agreement the extractor read twice. Items of one list
 * (A、B、C三大联盟) are distinct by design: an item is pointed to an earlier one that is no item of its
 * list if there is one (the doubt comes first), else to the first item of its list (`list`).
 */
export function sameSentence(proposals: readonly Proposal[]): (SameSentence | null)[] {
  return proposals.map((p, i) => {
    const { start, end } = p.agreement.span;
    const earlier = proposals.flatMap((q, k) => (k < i && q.agreement.span.start < end && start < q.agreement.span.end ? [k] : []));
    const other = earlier.find((k) => !sameList(proposals[k]!.agreement, p.agreement));
    if (other !== undefined) return { index: other, list: false };
    return earlier.length ? { index: earlier[0]!, list: true } : null;
  });
}

/**
 * A second reading of the same text (back to the form, say to give the article's date) keeps the
 * planner's work: each proposal read again that was there before keeps its decision and edits, taking
 * from the new reading only what the planner cannot set (confidence, reasons) and a date where it had
 * none; the sentences marked by hand stay, and so does an accepted one the extractor no longer
 * proposes. The rest it no longer proposes goes.
 */
export function carryOver(fresh: Proposal[], earlier: readonly Proposal[] | undefined): Proposal[] {
  if (!earlier?.length) return fresh;
  const before = new Map(earlier.map((p) => [p.agreement.id, p]));
  const read = fresh.map((p) => {
    const e = before.get(p.agreement.id);
    if (!e) return p;
    const { confidence, reasons } = p.agreement;
    return { ...e, agreement: { ...e.agreement, confidence, reasons, date: e.agreement.date ?? p.agreement.date } };
  });
  const ids = new Set(fresh.map((p) => p.agreement.id));
  return [...read, ...earlier.filter((p) => (p.manual || p.decision === 'accepted') && !ids.has(p.agreement.id))].sort((x, y) => x.agreement.span.start - y.agreement.span.start);
}
