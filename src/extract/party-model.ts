/**
 * A learned party resolution for the sentence model's proposals: each candidate (party-candidates.ts)
 * scored by logistic regression over what surrounds it, then decoded into two sides — the best
 * candidate on each side of the line when both reach `side`, and every other candidate reaching
 * `keep`. Trained by scripts/train-party-model.ts (npm run train:parties) on the seed and tuning
 * labels only; the weights are generated into party-weights.ts. Pure: no DOM or Node APIs.
 */
import type { Party } from '../data/agreement-schema';
import type { Gazetteer } from './gazetteer';
import type { PartyCandidate } from './party-candidates';
import { crosses, partiesOf, prefacingPrefectures, pruneParties } from './parties';
import { PARTY_WEIGHTS } from './party-weights';
import { unpackWeights } from './packed-weights';

export interface PartyModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
  /** The best candidate of each side must score at least this for the act to have two sides. */
  side: number;
  /** Any other candidate scoring at least this is a party too (a third place, a list's other members). */
  keep: number;
  /** When no two sides reach `side`, take the parties the rules' partiesFor finds instead. */
  fallback: boolean;
  /** Read the parties of the rules' own agreements too (not only the sentence model's proposals). */
  rules?: boolean;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability that a candidate is a party of the act. */
export function scoreCandidate(model: Pick<PartyModel, 'bias' | 'weights'>, c: Pick<PartyCandidate, 'features'>): number {
  let z = model.bias;
  for (const f of c.features) z += model.weights.get(f) ?? 0;
  return sigmoid(z);
}

/** The parties the model picks, or null when it finds no two sides; `context` when one of them is not named in the sentence. */
export function learnedParties(model: PartyModel, candidates: readonly PartyCandidate[], gaz: Gazetteer): { parties: Party[]; context: boolean } | null {
  const scored = candidates.map((c) => ({ c, p: scoreCandidate(model, c) }));
  const best = (side: string) => scored.filter((x) => x.c.side === side).sort((a, b) => b.p - a.p || Number(b.c.own) - Number(a.c.own))[0];
  const cq = best('500000');
  const sc = best('510000');
  if (!cq || !sc || cq.p < model.side || sc.p < model.side) return null;
  const chosen = scored.filter((x) => x === cq || x === sc || x.p >= model.keep).map((x) => x.c);
  // The sentence's own places in their order first, then the text around's: the order a reader names them.
  const mentions = [...chosen.filter((c) => c.own).map((c) => c.mention).sort((a, b) => a.at - b.at), ...chosen.filter((c) => !c.own).map((c) => c.mention)];
  const parties = pruneParties(partiesOf(mentions), gaz, prefacingPrefectures(mentions, gaz), true);
  if (!crosses(parties, gaz)) return null;
  return { parties, context: chosen.some((c) => !c.own) };
}

let committed: PartyModel | undefined;
/** The committed party model (party-weights.ts), unpacked once. */
export function committedPartyModel(): PartyModel {
  committed ??= { bias: PARTY_WEIGHTS.bias, weights: unpackWeights(PARTY_WEIGHTS.weights), side: PARTY_WEIGHTS.side, keep: PARTY_WEIGHTS.keep, fallback: PARTY_WEIGHTS.fallback, rules: PARTY_WEIGHTS.rules };
  return committed;
}

/** Whether the sentence model's proposals take their parties from the learned model (chosen by cross-validation). */
export const partyModelEnabled = (): boolean => PARTY_WEIGHTS.enabled;

/** The sentence model's threshold when its proposals take the learned parties (chosen with them by cross-validation). */
export const partySentenceThreshold = (): number => PARTY_WEIGHTS.threshold;
