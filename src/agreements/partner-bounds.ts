import type { District } from '../data/districts';
import { boxAround, type Box } from '../geo/box';
import type { PlaceBook } from './places';
import type { Partner } from './selectors';

/**
 * The box holding a district and every partner of it: the district's own outline and each
 * partner's anchor (a prefecture or province at its label point or seat, as its arc is drawn),
 * with room around the anchors so their rings are not cut by the edge. Partners the place book
 * cannot place are left out; with none placed, the district alone.
 */
export function partnerBounds(district: Pick<District, 'bbox'>, partners: readonly Pick<Partner, 'place'>[], book: PlaceBook, margin = 0.15): Box {
  const anchors = partners.map((p) => book.info(p.place)?.anchor).filter((a): a is [number, number] => !!a);
  return boxAround(anchors, margin, district.bbox) ?? district.bbox;
}
