import { describe, expect, it } from 'vitest';
import { HOME_BOUNDS } from '../map/camera';
import { pngFrame } from './png-frame';

describe('the exported image’s frame', () => {
  it('widens a narrowed view to hold the whole region, and says so', () => {
    // The map beside the open table: Chongqing and the east only (the planner's count PNG without 双流).
    const narrowed: [number, number, number, number] = [105.4, 28.2, 109.6, 32.4];
    const { bounds, widened } = pngFrame(narrowed, HOME_BOUNDS);
    expect(widened).toBe(true);
    // 双流 (Chengdu) at about 103.9°E 30.5°N is inside; so is all the screen showed.
    expect(bounds[0]).toBeLessThanOrEqual(103.9);
    expect(bounds).toEqual([HOME_BOUNDS[0], 28.2, 109.6, 32.4]);
  });

  it('keeps a view that already holds the region as it is', () => {
    const wide: [number, number, number, number] = [100, 26, 112, 34];
    expect(pngFrame(wide, HOME_BOUNDS)).toEqual({ bounds: wide, widened: false });
  });
});
