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

/** A new area's box: all its districts' outlines (it spans them, not only its main one) and every partner. */
export function areaPartnerBounds(districts: readonly Pick<District, 'bbox'>[], partners: readonly Pick<Partner, 'place'>[], book: PlaceBook): Box | null {
  const first = districts[0];
  if (!first) return null;
  const whole: Box = [...first.bbox];
  for (const { bbox: [w, s, e, n] } of districts) {
    whole[0] = Math.min(whole[0], w);
    whole[1] = Math.min(whole[1], s);
    whole[2] = Math.max(whole[2], e);
    whole[3] = Math.max(whole[3], n);
  }
  return partnerBounds({ bbox: whole }, partners, book);
}
