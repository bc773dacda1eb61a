import type { Bounds } from '../map/camera';

/**
 * The map part of an exported image, in CSS pixels (drawn at `PNG_PIXEL_RATIO`): its own size,
 * not the screen's, so an image made while the table narrows the map (or on a phone) still has
 * room for the whole region.
 */
export const PNG_MAP_SIZE = { width: 1200, height: 860 } as const;

/**
 * What the image frames: the view on screen widened to hold the region (both cities and the
 * economic circle's core), so that a narrowed or zoomed-in screen never leaves Chengdu or Chongqing
 * out of a report's image; `widened` says the image shows more than the screen, for its caption.
 */
export function pngFrame(screen: Bounds, region: Bounds): { bounds: Bounds; widened: boolean } {
  const bounds: Bounds = [Math.min(screen[0], region[0]), Math.min(screen[1], region[1]), Math.max(screen[2], region[2]), Math.max(screen[3], region[3])];
  return { bounds, widened: bounds.some((v, i) => v !== screen[i]) };
}
