import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { TransportIndex } from '../data/transport';

export type Bounds = [number, number, number, number];

/**
 * The area the context layers cover (the geodata build's `contextBbox`): the map is kept inside it,
 * so nobody pans to where there is no data or sees the edge of the sea.
 */
export const CONTEXT_BOUNDS: Bounds = [88, -3, 125, 36];

/**
 * The districts a home view must show: the two centres (锦江, 渝中), 万州 and 达州 (通川) at the
 * circle's north-east, 绵阳 (涪城) to the north and 宜宾 (翠屏) to the south, and the circle's
 * eastern edge in Chongqing: 开州 and 云阳 (in part) and 黔江, which the 成渝地区双城经济圈建设规划纲要
 * (2021) names among the circle's districts.
 */
export const ECONOMIC_CORE = ['510104', '500103', '500101', '511702', '510703', '511502', '500154', '500235', '500114'] as const;

/**
 * The home view: the economic circle's core, west–south–east–north, a little wider than the
 * label points of ECONOMIC_CORE (a unit test checks it holds them, east with room for 云阳's
 * name). All of Sichuan made the western plateau fill the map and the 成渝 core small.
 */
export const HOME_BOUNDS: Bounds = [103.55, 28.45, 109.15, 31.75];

/**
 * Where the foreign countries and the sea have nothing to draw (camera.test.ts checks it on the
 * files): while the map stays inside, they are not fetched (src/state/data-store.ts, loadFar).
 */
export const NEAR_BOUNDS: Bounds = [101.3, 23.5, 113, 36];

/** Whether a view reaches beyond NEAR_BOUNDS. */
export const beyondNear = ([w, s, e, n]: Bounds): boolean => w < NEAR_BOUNDS[0] || s < NEAR_BOUNDS[1] || e > NEAR_BOUNDS[2] || n > NEAR_BOUNDS[3];

/** Used when the transport data could not load: the land corridor's extent as built in geodata/transport. */
const CORRIDOR_FALLBACK: Bounds = [103.8, 21.9, 110, 36];

/**
 * The sea leg to Singapore (1.4°N) is left out of the corridor view: the map is kept inside the
 * context data (CONTEXT_BOUNDS, 37° wide), and no screen wider than tall can then show 1.4°N to
 * 36°N at once. It runs on off the bottom edge; selecting it frames it.
 */
const CORRIDOR_VIEW_EXCLUDES: readonly string[] = ['corridor-sea-singapore'];

/**
 * The whole corridor: the New Western Land–Sea Corridor's routes from 成渝 to the Beibu Gulf ports
 * and the 中欧班列 exit north to 兰州, with the economic circle: what the "whole corridor" button shows.
 */
export function corridorBounds(transport: Pick<TransportIndex, 'features'> | null): Bounds {
  const corridor = transport?.features.filter((f) => f.properties.mode === 'corridor' && !CORRIDOR_VIEW_EXCLUDES.includes(f.properties.id)) ?? [];
  if (corridor.length === 0) return CORRIDOR_FALLBACK;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: corridor } as FeatureCollection);
  return [Math.min(w, HOME_BOUNDS[0]), Math.min(s, HOME_BOUNDS[1]), Math.max(e, HOME_BOUNDS[2]), Math.max(n, HOME_BOUNDS[3])];
}

/**
 * The data is drawn for zoom ≤ 11 (boundaries quantised to about 100 m, simplified at 300 m):
 * zooming further only magnifies the simplification.
 */
export const MAX_ZOOM = 11;

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The phone layout (styles.css uses the same width): the side panel under the map, the legend folded at the bottom. */
export const NARROW_QUERY = '(max-width: 760px)';

/**
 * Below this width of the map the legend folds by itself (src/ui/Legend.tsx): opened, its 230 px
 * would hide a third of the map, as when the table or an article narrows it. The planner can
 * still open it.
 */
export const LEGEND_FOLD_BELOW = 800;

/**
 * Padding for the first home view, before the legend exists to be measured (`width` is the map's,
 * `phone` the phone layout): on a wide map the legend (about 230 px) stands open at the top right
 * and the zoom and frame buttons at the top left; on a narrower map the legend is a folded button
 * at the top right; on a phone a folded button at the bottom right, the frame buttons at the left.
 */
export function homePadding(width: number, phone: boolean): Padding {
  if (phone) return { top: 10, right: 10, bottom: 30, left: 50 };
  return width >= LEGEND_FOLD_BELOW ? { top: 10, right: 240, bottom: 10, left: 70 } : { top: 44, right: 10, bottom: 10, left: 70 };
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Padding that keeps a framed feature clear of the panels floating over the map (the legend, say):
 * each overlay pushes in the side where it costs the least room. Pure, so it is unit-tested.
 */
export function overlayPadding(map: Rect, overlays: readonly Rect[], base: number): Padding {
  const pad: Padding = { top: base, right: base, bottom: base, left: base };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const o of overlays) {
    if (o.right <= map.left || o.left >= map.right || o.bottom <= map.top || o.top >= map.bottom) continue;
    const need: Padding = {
      top: o.bottom - map.top + 8,
      right: map.right - o.left + 8,
      bottom: map.bottom - o.top + 8,
      left: o.right - map.left + 8,
    };
    // Giving up a side costs its share of the map's width or height.
    const cost = (side: keyof Padding) => need[side] / (side === 'top' || side === 'bottom' ? height : width);
    const side = (Object.keys(need) as (keyof Padding)[]).reduce((a, b) => (cost(b) < cost(a) ? b : a));
    pad[side] = Math.max(pad[side], need[side]);
  }
  // Never so much that nothing is left to frame.
  const fit = (a: number, b: number, room: number) => (a + b > room * 0.7 ? [(a * room * 0.7) / (a + b), (b * room * 0.7) / (a + b)] : [a, b]);
  [pad.top, pad.bottom] = fit(pad.top, pad.bottom, height) as [number, number];
  [pad.left, pad.right] = fit(pad.left, pad.right, width) as [number, number];
  return pad;
}
