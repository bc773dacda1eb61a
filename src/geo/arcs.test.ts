import { describe, expect, it } from 'vitest';
import { arcCoordinates, arcWidth } from './arcs';

describe('arcCoordinates', () => {
  it('starts and ends exactly at the two points and bows off the straight line', () => {
    const a: [number, number] = [105.736, 29.64];
    const b: [number, number] = [103.732, 30.048];
    const c = arcCoordinates(a, b);
    expect(c[0]).toEqual(a);
    expect(c[c.length - 1]).toEqual(b);
    const mid = c[16]!;
    const straight = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    expect(Math.hypot(mid[0] - straight[0]!, mid[1] - straight[1]!)).toBeGreaterThan(0.2);
  });

  it('bows to the other side when the ends are swapped', () => {
    const a: [number, number] = [100, 30];
    const b: [number, number] = [102, 30];
    expect(Math.sign(arcCoordinates(a, b)[16]![1] - 30)).toBe(-Math.sign(arcCoordinates(b, a)[16]![1] - 30));
  });
});

describe('arcWidth', () => {
  it('grows with the count and stays within its bounds', () => {
    expect(arcWidth(1, 10)).toBe(3);
    expect(arcWidth(10, 10)).toBe(11);
    expect(arcWidth(3, 10)).toBeGreaterThan(arcWidth(2, 10));
    expect(arcWidth(1, 1)).toBe(3);
    expect(arcWidth(3, 1)).toBeGreaterThan(3);
  });
});
