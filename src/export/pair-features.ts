import type { Feature, LineString } from 'geojson';
import { parsePlaceKey } from '../data/agreements';
import { linkKey, type NetworkLink } from '../agreements/selectors';
import { placeName, type PlaceBook } from '../agreements/places';
import type { Lang } from '../i18n/strings';


/**
 * The network as the map draws it: one line per pair of partner places, carrying how many of the
 * shown agreements join them (`agreements`, the network's own count, `networkLinks`) and whether
 * network mode draws it (`network_drawn`: among its `drawnMax` busiest). A pair with an end the
 * atlas cannot place is left out: the agreement lines list its parties.
 */
export function pairFeatures(links: readonly NetworkLink[], book: PlaceBook, lang: Lang, drawnMax: number): Feature<LineString>[] {
  return links.flatMap((l, rank) => {
    const [a, b] = [parsePlaceKey(l.a), parsePlaceKey(l.b)];
    const [ia, ib] = [book.info(a), book.info(b)];
    if (!ia?.anchor || !ib?.anchor) return [];
    const properties = {
      layer: 'pair',
      pair: linkKey(l.a, l.b),
      agreements: l.count,
      network_drawn: rank < drawnMax,
      from_name: placeName(ia, a.code, lang),
      from_level: a.level,
      from_code: a.code,
      to_name: placeName(ib, b.code, lang),
      to_level: b.level,
      to_code: b.code,
    };
    return [{ type: 'Feature' as const, id: properties.pair, properties, geometry: { type: 'LineString' as const, coordinates: [ia.anchor, ib.anchor] } }];
  });
}
