import { describe, expect, it } from 'vitest';
import { agreementAt, articleSegments } from './article-segments';

const a = (id: string, start: number, end: number) => ({ id, span: { start, end } });

describe('articleSegments', () => {
  it('covers the whole text in order, marking each agreement once', () => {
    const s = articleSegments(20, [a('y', 12, 15), a('x', 2, 5)]);
    expect(s).toEqual([
      { kind: 'text', start: 0, end: 2 },
      { kind: 'agreement', start: 2, end: 5, id: 'x' },
      { kind: 'text', start: 5, end: 12 },
      { kind: 'agreement', start: 12, end: 15, id: 'y' },
      { kind: 'text', start: 15, end: 20 },
    ]);
  });

  it('keeps overlapping and out-of-range spans from breaking the text', () => {
    const s = articleSegments(10, [a('x', 0, 6), a('y', 4, 8), a('z', 9, 40)]);
    expect(s.map((p) => [p.start, p.end])).toEqual([[0, 6], [6, 8], [8, 9], [9, 10]]);
    expect(s.filter((p) => p.kind === 'agreement').map((p) => ('id' in p ? p.id : ''))).toEqual(['x', 'y', 'z']);
  });

  it('finds the agreement at a position', () => {
    expect(agreementAt([a('x', 2, 5)], 2)).toBe('x');
    expect(agreementAt([a('x', 2, 5)], 5)).toBeNull();
  });
});
