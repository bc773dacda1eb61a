import type { Agreement } from '../data/agreement-schema';

/** A labelled agreement: what a careful reader lists (see fixtures/gold.json). */
export interface GoldAgreement {
  id: string;
  article: string;
  quote: string;
  span: { start: number; end: number };
  kind: string;
  parties: { name: string; code: string | null; level: string }[];
  clarity: 'clear' | 'borderline';
  other_quotes?: string[];
}

export interface Quality {
  predicted: number;
  /** Predictions that match a labelled agreement (clear or borderline). */
  correct: number;
  precision: number;
  clearGold: number;
  clearFound: number;
  recall: number;
  /** Of the labelled parties' codes in matched pairs, the share the prediction has. */
  partyCodes: { right: number; of: number; accuracy: number };
  missed: GoldAgreement[];
  spurious: Agreement[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function goldSpans(g: GoldAgreement, texts: Map<string, string>): { start: number; end: number }[] {
  const spans = [g.span];
  const text = texts.get(g.article) ?? '';
  for (const q of g.other_quotes ?? []) {
    const at = text.indexOf(q);
    if (at >= 0) spans.push({ start: at, end: at + q.length });
  }
  return spans;
}

const codesOf = (a: Agreement) => new Set(a.parties.flatMap((p) => [p.code, ...(p.codes ?? [])]).filter((c): c is string => c !== null));

/**
 * Precision, recall and party-code accuracy of predictions against labels. A prediction matches a
 * label of the same article whose quote (or another quote of the same agreement) overlaps its span;
 * each label and prediction is used once, pairs of the same kind and the most shared codes first.
 */
export function scoreAgreements(predicted: readonly Agreement[], gold: readonly GoldAgreement[], texts: Map<string, string>): Quality {
  const pairs: { p: number; g: number; score: number }[] = [];
  predicted.forEach((p, pi) => {
    const pc = codesOf(p);
    gold.forEach((g, gi) => {
      if (g.article !== p.article || !goldSpans(g, texts).some((s) => overlaps(s, p.span))) return;
      const gc = g.parties.map((x) => x.code).filter((c): c is string => c !== null);
      const shared = gc.filter((c) => pc.has(c)).length / Math.max(1, gc.length);
      pairs.push({ p: pi, g: gi, score: (p.kind === g.kind ? 1 : 0) + shared + (g.clarity === 'clear' ? 0.5 : 0) });
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matched: [Agreement, GoldAgreement][] = [];
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    matched.push([predicted[p]!, gold[g]!]);
  }
  let right = 0;
  let of = 0;
  for (const [p, g] of matched) {
    const pc = codesOf(p);
    for (const x of g.parties) {
      if (x.code === null) continue;
      of++;
      if (pc.has(x.code)) right++;
    }
  }
  const clear = gold.filter((g) => g.clarity === 'clear');
  const clearFound = matched.filter(([, g]) => g.clarity === 'clear').length;
  return {
    predicted: predicted.length,
    correct: matched.length,
    precision: predicted.length ? matched.length / predicted.length : 1,
    clearGold: clear.length,
    clearFound,
    recall: clear.length ? clearFound / clear.length : 1,
    partyCodes: { right, of, accuracy: of ? right / of : 1 },
    missed: clear.filter((g) => !usedG.has(gold.indexOf(g))),
    spurious: predicted.filter((_, i) => !usedP.has(i)),
  };
}

/** For a report: each matched pair's labelled codes the prediction lacks. */
export function partyMisses(predicted: readonly Agreement[], gold: readonly GoldAgreement[], texts: Map<string, string>): { gold: GoldAgreement; predicted: Agreement; missing: string[] }[] {
  const q = scoreAgreements(predicted, gold, texts);
  void q;
  const out: { gold: GoldAgreement; predicted: Agreement; missing: string[] }[] = [];
  for (const p of predicted) {
    const pc = codesOf(p);
    const g = gold.find((x) => x.article === p.article && goldSpans(x, texts).some((s) => overlaps(s, p.span)) && x.kind === p.kind);
    if (!g) continue;
    const missing = g.parties.map((x) => x.code).filter((c): c is string => c !== null && !pc.has(c));
    if (missing.length) out.push({ gold: g, predicted: p, missing });
  }
  return out;
}
