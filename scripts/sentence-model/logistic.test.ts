import { describe, expect, it } from 'vitest';
import { train, type Example } from './logistic';

const settings = { minCount: 2, l2: 1e-3, epochs: 8, positiveWeight: 1, keep: 3 };
const examples: Example[] = [
  ...Array.from({ length: 20 }, (_, i) => ({ features: ['签署', 'a', `x${i % 4}`], positive: true })),
  ...Array.from({ length: 20 }, (_, i) => ({ features: ['天气', 'a', `x${i % 4}`], positive: false })),
];

describe('logistic regression', () => {
  it('gives the same weights for the same examples, bit for bit', () => {
    const a = train(examples, settings);
    const b = train(examples, settings);
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.bias).toBe(b.bias);
  });

  it('weighs a word of the positives up and a word of the negatives down, keeping only the strongest features', () => {
    const { weights } = train(examples, settings);
    expect(weights.get('签署')).toBeGreaterThan(1);
    expect(weights.get('天气')).toBeLessThan(-1);
    expect(weights.size).toBeLessThanOrEqual(3);
  });
});
