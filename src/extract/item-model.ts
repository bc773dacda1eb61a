/**
 * A learned item model for the sentence model's proposals: which of the things a flagged sentence
 * names (item-candidates.ts) are agreements, so that a sentence stating several proposes each.
 * Logistic regression; trained by scripts/train-party-model.ts (npm run train:parties) on the seed
 * and tuning labels only, the weights generated into item-weights.ts. Pure: no DOM or Node APIs.
 */
import type { ItemCandidate } from './item-candidates';
import { ITEM_WEIGHTS } from './item-weights';
import { unpackWeights } from './packed-weights';

export interface ItemModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
  /** An item scoring at least this is proposed as an agreement of its own. */
  threshold: number;
  /** Items are read only in a sentence the sentence model scores at least this (it may be below the sentence model's own threshold). */
  gate: number;
  /**
   * Read items also in a sentence where the rules proposed, proposing those no rule's agreement there
   * names (model-proposal.ts besideProposals); by default only where the rules proposed nothing.
   */
  beside?: boolean;
  /** Read a list of named fields before one head (交通、产业、生态环保3个协议) as one item per field (shared-head.ts). */
  fields?: boolean;
}

const SENTENCE_EDGES = [0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99];
/**
 * What the sentence model said of the item's sentence, as features: one per edge its score reaches,
 * so the weights can say how much a surer sentence makes its items surer (stacked on the sentence model).
 */
export const sentenceScoreFeatures = (score: number): string[] => SENTENCE_EDGES.filter((e) => score >= e).map((e) => `sentence>=${e}`);

/** The model's probability that an item of a sentence the sentence model scored `sentence` is a labelled agreement. */
export function scoreItem(model: Pick<ItemModel, 'bias' | 'weights'>, c: Pick<ItemCandidate, 'features'>, sentence: number): number {
  let z = model.bias;
  for (const f of c.features) z += model.weights.get(f) ?? 0;
  for (const f of sentenceScoreFeatures(sentence)) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

let committed: ItemModel | undefined;
/** The committed item model (item-weights.ts), unpacked once. */
export function committedItemModel(): ItemModel {
  committed ??= { bias: ITEM_WEIGHTS.bias, weights: unpackWeights(ITEM_WEIGHTS.weights), threshold: ITEM_WEIGHTS.threshold, gate: ITEM_WEIGHTS.gate, beside: ITEM_WEIGHTS.beside };
  return committed;
}

/** Whether the committed sentence model's proposals are read item by item (chosen by cross-validation). */
export const itemModelEnabled = (): boolean => ITEM_WEIGHTS.enabled;
