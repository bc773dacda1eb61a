import type { Agreement } from '../data/agreement-schema';

type Span = { start: number; end: number };

/**
 * A labelled agreement, whatever set it comes from (the seeds' gold.json quotes its sentences; the
 * tuning and unseen sets give spans only, see labels.ts): what a careful reader lists.
 */
export interface LabelledAgreement {
  id: string;
  article: string;
  /** The sentence stating it first, then any other sentence stating the same agreement. */
  spans: Span[];
  kind: string;
  /** The labeller's name for it (title_zh): which of a sentence's items it is, for the learned item model. */
  title?: string;
  parties: { name: string; code: string | null; level: string }[];
  clarity: 'clear' | 'borderline';
}

/** A seed label as fixtures/gold.json holds it (quotes, since the seeds are in the repository). */
export interface GoldAgreement {
  id: string;
  article: string;
  quote: string;
  span: Span;
  title_zh?: string;
  kind: string;
  parties: { name: string; code: string | null; level: string }[];
  clarity: 'clear' | 'borderline';
  other_quotes?: string[];
}

/** A seed label with its other quotes found in the article's text (a quote not found is left out). */
export function fromGold(g: GoldAgreement, text: string): LabelledAgreement {
  const spans = [g.span];
  for (const q of g.other_quotes ?? []) {
    const at = text.indexOf(q);
    if (at >= 0) spans.push({ start: at, end: at + q.length });
  }
  return { id: g.id, article: g.article, spans, kind: g.kind, ...(g.title_zh ? { title: g.title_zh } : {}), parties: g.parties, clarity: g.clarity };
}

export interface Quality {
  predicted: number;
  /** Predictions that match a labelled agreement (clear or borderline). */
  correct: number;
  precision: number;
  clearGold: number;
  clearFound: number;
  recall: number;
  /** Of the labelled parties' codes in matched pairs, the share the prediction has (see `codeRight`). */
  partyCodes: { right: number; of: number; accuracy: number };
  missed: LabelledAgreement[];
  spurious: Agreement[];
  /** Matched pairs whose prediction lacks a labelled code. */
  wrongParties: { label: LabelledAgreement; predicted: Agreement; missing: string[] }[];
}

/**
 * Where a code lies: the prefecture and province that hold it (itself included). A district of
 * 遂宁市 lies in 510900 and 510000; 遂宁市 itself in 510900 and 510000; 重庆 districts in 500000.
 */
export type Containers = (code: string) => readonly string[];

/** Whether two spans of one text share a character: how a prediction meets a label. */
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Codes a prediction names: each party's own code. A new area's other districts do not count: the
 * label names its main district, and a planner reads the party by its main district too.
 */
const codesOf = (a: Agreement) => a.parties.map((p) => p.code).filter((c): c is string => c !== null);

/**
 * The rule: a labelled code is right when the prediction names it or a place inside it (a
 * district of the prefecture or province the label names); a wider place (the province where the
 * label names a county) is not right.
 */
export function codeRight(label: string, predicted: readonly string[], within: Containers): boolean {
  return predicted.some((c) => c === label || within(c).includes(label));
}

/**
 * Precision, recall and party-code accuracy of predictions against labels. A prediction matches a
 * label of the same article one of whose spans overlaps its span; each label and prediction is
 * used once, pairs of the same kind and the most right codes first.
 */
export function scoreAgreements(predicted: readonly Agreement[], labels: readonly LabelledAgreement[], within: Containers): Quality {
  const pairs: { p: number; g: number; score: number }[] = [];
  const byArticle = new Map<string, number[]>();
  labels.forEach((g, gi) => byArticle.set(g.article, [...(byArticle.get(g.article) ?? []), gi]));
  predicted.forEach((p, pi) => {
    const pc = codesOf(p);
    for (const gi of byArticle.get(p.article) ?? []) {
      const g = labels[gi]!;
      if (!g.spans.some((s) => overlaps(s, p.span))) continue;
      const gc = g.parties.map((x) => x.code).filter((c): c is string => c !== null);
      const right = gc.filter((c) => codeRight(c, pc, within)).length / Math.max(1, gc.length);
      // The sentence the label names first is the likelier match than one it lists as another.
      const main = overlaps(g.spans[0]!, p.span) ? 0.25 : 0;
      pairs.push({ p: pi, g: gi, score: (p.kind === g.kind ? 1 : 0) + right + (g.clarity === 'clear' ? 0.5 : 0) + main });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matched: [Agreement, LabelledAgreement][] = [];
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    matched.push([predicted[p]!, labels[g]!]);
  }
  let right = 0;
  let of = 0;
  const wrongParties: Quality['wrongParties'] = [];
  for (const [p, g] of matched) {
    const pc = codesOf(p);
    const missing: string[] = [];
    for (const x of g.parties) {
      if (x.code === null) continue;
      of++;
      if (codeRight(x.code, pc, within)) right++;
      else missing.push(x.code);
    }
    if (missing.length) wrongParties.push({ label: g, predicted: p, missing });
  }
  const clear = labels.filter((g) => g.clarity === 'clear');
  const clearFound = matched.filter(([, g]) => g.clarity === 'clear').length;
  return {
    predicted: predicted.length,
    correct: matched.length,
    precision: predicted.length ? matched.length / predicted.length : 1,
    clearGold: clear.length,
    clearFound,
    recall: clear.length ? clearFound / clear.length : 1,
    partyCodes: { right, of, accuracy: of ? right / of : 1 },
    missed: clear.filter((g) => !usedG.has(labels.indexOf(g))),
    spurious: predicted.filter((_, i) => !usedP.has(i)),
    wrongParties,
  };
}

/** One line for a report: the three figures with their counts. */
/**
 * What a planner reviewing an article reaches: the clear labels a proposal matches, and those whose
 * first sentence is one the review suggests reading (suggestions.ts); and how many suggested
 * sentences state any labelled agreement (one of its sentences), of all suggested.
 */
export function suggestionReach(q: Quality, labels: readonly LabelledAgreement[], suggested: readonly { article: string; span: Span }[]) {
  const read = (article: string, span: Span) => suggested.some((s) => s.article === article && overlaps(s.span, span));
  const reached = q.missed.filter((g) => g.clarity === 'clear' && read(g.article, g.spans[0]!)).length;
  const stating = suggested.filter((s) => labels.some((g) => g.article === s.article && g.spans.some((sp) => overlaps(sp, s.span)))).length;
  return { reached: q.clearFound + reached, of: q.clearGold, reach: (q.clearFound + reached) / Math.max(1, q.clearGold), suggested: suggested.length, stating };
}

export function summary(name: string, q: Quality, articles: number): string {
  return (
    `${name} (${articles} articles): recall ${q.recall.toFixed(3)} (${q.clearFound}/${q.clearGold} clear), ` +
    `precision ${q.precision.toFixed(3)} (${q.correct}/${q.predicted}), party codes ${q.partyCodes.accuracy.toFixed(3)} (${q.partyCodes.right}/${q.partyCodes.of})`
  );
}
