/**
 * The proposal scorer: a second logistic model, stacked on the sentence, item and party models, that
 * judges each proposal of the learned reading as a whole (proposal-features.ts) — so the first stage's
 * gates can open for recall while this one keeps precision. Trained by scripts/train-proposal-model.ts
 * (npm run train:proposals) on the first stage's out-of-fold proposals, never on their in-sample ones
 * (it would learn from overconfident scores). Pure: no DOM or Node APIs.
 */
import { unpackWeights } from './packed-weights';
import { articleFeatures, pairKey } from './proposal-features';
import { PROPOSAL_WEIGHTS } from './proposal-weights';
import type { Candidate } from './statements';

export interface ProposalModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
  /** A proposal scoring under this is dropped. */
  threshold: number;
}

/** The scorer's probability that a proposal with these features is a labelled agreement. */
export function scoreProposal(model: Pick<ProposalModel, 'bias' | 'weights'>, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Each learned proposal of an article (a merged statement the model made) with its full features,
 * the article's own (the same parties or thing told elsewhere, in the headline, where it stands) added.
 */
export function proposalsOf(merged: readonly Candidate[], headline: string, length: number): Map<Candidate, string[]> {
  const out = new Map<Candidate, string[]>();
  // (The first few statements of each pair: enough to say "told before", linear in a long article.)
  const byPair = new Map<string, Candidate[]>();
  for (const c of merged) {
    const list = byPair.get(pairKey(c.parties)) ?? [];
    if (list.length < PER_PAIR) list.push(c);
    byPair.set(pairKey(c.parties), list);
  }
  for (const c of merged) {
    if (!c.features || !c.reasons.has('model')) continue;
    const same = (byPair.get(pairKey(c.parties)) ?? []).filter((o) => o !== c).map((o) => ({ object: o.trigger.object, rules: !o.reasons.has('model'), before: o.span.start === c.span.start ? ('same' as const) : o.span.start < c.span.start }));
    out.set(c, articleFeatures({ features: c.features, parties: c.parties, object: c.trigger.object, at: length ? c.span.start / length : 0, headline: c.headline }, same, headline));
  }
  return out;
}
const PER_PAIR = 8;

/** A reading's first-stage gates as the scorer's training chose them, with the scorer itself. */
export interface ScoredReading {
  /** The sentence model's threshold for a sentence proposed as a whole. */
  sentence: number;
  /** The item model's gate (on the sentence's score) and threshold. */
  gate: number;
  item: number;
  learnedParties: boolean;
  fields: boolean;
  dropSigners: boolean;
  dropNonThings: boolean;
  /** Once per article, one thing per name (once.ts). */
  once: boolean;
  oneThing: boolean;
  /** Plans (将…) and restatements proposed too, for the scorer to judge. */
  plans: boolean;
  restated: boolean;
  /** None: every proposal behind the gates is kept. */
  scorer: ProposalModel | null;
}

const unpacked = new Map<string, ScoredReading>();
/**
 * The committed scorer of a reading (proposal-weights.ts: `alone`, the learned reading without the
 * rules; `review`, the review of an added article) with the gates it was trained behind, or null
 * when cross-validation left it off for that reading.
 */
export function committedScoredReading(which: keyof typeof PROPOSAL_WEIGHTS): ScoredReading | null {
  const w = PROPOSAL_WEIGHTS[which];
  if (!w.enabled) return null;
  let r = unpacked.get(which);
  if (!r) {
    // (Every gate and switch the trainer wrote is the reading's: a new one needs no line here.)
    const { enabled: _enabled, judge, threshold, bias, weights, ...gates } = w;
    r = { ...gates, scorer: judge ? { bias, weights: unpackWeights(weights), threshold } : null };
    unpacked.set(which, r);
  }
  return r;
}
