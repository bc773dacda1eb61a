import { describe, expect, it } from 'vitest';
import { ITEM_WEIGHTS } from '../src/extract/item-weights';
import { committedScoredReading } from '../src/extract/proposal-model';
import { committedModel } from '../src/extract/sentence-model';
import { readingOptions } from './reading-options';

describe('how the command-line tools read', () => {
  it('reads with the defaults, with --model as the review does, and with --learned the learned reading alone', () => {
    expect(readingOptions([])).toEqual({});
    expect(readingOptions(['--model']).model).toBe(committedModel());
    const learned = readingOptions(['a.txt', '--learned']);
    expect(learned.rules).toBe(false);
    // With the proposal scorer switched on for the reading alone, its gates are the scorer's (proposal-weights.ts).
    const scored = committedScoredReading('alone');
    const gates = scored
      ? { threshold: scored.sentence, items: { threshold: scored.item, gate: scored.gate }, parties: scored.learnedParties }
      : { threshold: ITEM_WEIGHTS.alone.threshold, items: { threshold: ITEM_WEIGHTS.alone.itemThreshold, gate: ITEM_WEIGHTS.alone.gate }, parties: ITEM_WEIGHTS.alone.parties };
    expect(learned.model?.threshold).toBe(gates.threshold);
    expect(learned.model?.items).toMatchObject(gates.items);
    expect(!!learned.model?.parties).toBe(gates.parties);
    expect(learned.model?.proposals ?? null).toEqual(scored?.scorer ?? null);
  });
});
