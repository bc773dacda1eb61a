import type { District } from '../data/districts';
import type { PlaceBook } from './places';
import type { Partner } from './selectors';

type Bounds = [number, number, number, number];

/**
 * The box holding a district and every partner of it: the district's own outline and each
 * partner's anchor (a prefecture or province at its label point or seat, as its arc is drawn),
 * with room around the anchors so their rings are not cut by the edge. Partners the place book
 * cannot place are left out; with none placed, the district alone.
 */
export function partnerBounds(district: Pick<District, 'bbox'>, partners: readonly Partner[], book: PlaceBook, margin = 0.15): Bounds {
  let [w, s, e, n] = district.bbox;
  for (const p of partners) {
    const anchor = book.info(p.place)?.anchor;
    if (!anchor) continue;
    w = Math.min(w, anchor[0] - margin);
    s = Math.min(s, anchor[1] - margin);
    e = Math.max(e, anchor[0] + margin);
    n = Math.max(n, anchor[1] + margin);
  }
  return [w, s, e, n];
}
