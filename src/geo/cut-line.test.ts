import { describe, expect, it } from 'vitest';
import { cutLine } from './cut-line';

const LINE = [
  [104, 30],
  [105, 30],
  [106, 30],
  [107, 30],
];

describe('cutLine', () => {
  it('keeps the stretch between the points nearest two stations, cut inside segments', () => {
    expect(cutLine(LINE, [104.5, 30.01], [106.5, 29.99])).toEqual([
      [104.5, 30],
      [105, 30],
      [106, 30],
      [106.5, 30],
    ]);
  });

  it('runs from → to whichever way the line was drawn', () => {
    expect(cutLine(LINE, [106.5, 30], [104.5, 30])).toEqual([
      [106.5, 30],
      [106, 30],
      [105, 30],
      [104.5, 30],
    ]);
  });

  it('cuts at a vertex without repeating it, and clamps beyond the ends', () => {
    expect(cutLine(LINE, [105, 30], [108, 30])).toEqual([
      [105, 30],
      [106, 30],
      [107, 30],
    ]);
  });
});
