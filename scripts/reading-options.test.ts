import { describe, expect, it } from 'vitest';
import { ITEM_WEIGHTS } from '../src/extract/item-weights';
import { committedModel } from '../src/extract/sentence-model';
import { readingOptions } from './reading-options';

describe('how the command-line tools read', () => {
  it('reads with the defaults, with --model as the review does, and with --learned the learned reading alone', () => {
    expect(readingOptions([])).toEqual({});
    expect(readingOptions(['--model']).model).toBe(committedModel());
    const learned = readingOptions(['a.txt', '--learned']);
    expect(learned.rules).toBe(false);
    expect(learned.model?.threshold).toBe(ITEM_WEIGHTS.alone.threshold);
    expect(learned.model?.items).toMatchObject({ threshold: ITEM_WEIGHTS.alone.itemThreshold, gate: ITEM_WEIGHTS.alone.gate });
    expect(!!learned.model?.parties).toBe(ITEM_WEIGHTS.alone.parties);
  });
});
