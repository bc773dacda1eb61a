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
}

/** The model's probability that an item is a labelled agreement. */
export function scoreItem(model: Pick<ItemModel, 'bias' | 'weights'>, c: Pick<ItemCandidate, 'features'>): number {
  let z = model.bias;
  for (const f of c.features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

let committed: ItemModel | undefined;
/** The committed item model (item-weights.ts), unpacked once. */
export function committedItemModel(): ItemModel {
  committed ??= { bias: ITEM_WEIGHTS.bias, weights: unpackWeights(ITEM_WEIGHTS.weights), threshold: ITEM_WEIGHTS.threshold };
  return committed;
}

/** Whether the committed sentence model's proposals are read item by item (chosen by cross-validation). */
export const itemModelEnabled = (): boolean => ITEM_WEIGHTS.enabled;
