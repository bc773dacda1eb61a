import { describe, expect, it } from 'vitest';
import { boxAround } from './box';

describe('boxAround', () => {
  it('holds every point with its margin, and the start box', () => {
    expect(boxAround([[104, 30], [106, 29]], 0.5)).toEqual([103.5, 28.5, 106.5, 30.5]);
    expect(boxAround([[104, 30]], 0.5, [105, 29, 106, 29.5])).toEqual([103.5, 29, 106, 30.5]);
  });

  it('is the start box without points, and null with neither', () => {
    expect(boxAround([], 0.5, [105, 29, 106, 29.5])).toEqual([105, 29, 106, 29.5]);
    expect(boxAround([], 0.5)).toBeNull();
  });
});
