import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AgreementIndex } from '../data/agreements';
import { placeKey } from '../data/agreements';
import type { PlaceBook } from '../agreements/places';
import { anchorPlaces, countsByDistrict, linkKey, networkLinks, type CountBasis } from '../agreements/selectors';
import type { DistrictIndex } from '../data/districts';
import type { ExportRow } from './export-row';
import type { Lang } from '../i18n/strings';
import { NETWORK_MAX_ARCS } from '../map/agreement-overlay';
import { pairFeatures } from './pair-features';

const codesOf = (places: readonly { code: string }[]) => places.map((p) => p.code).join(';');

/**
 * What is shown, as GeoJSON: each agreement as straight lines between the anchors (seat or label
 * point) of its parties' places, one segment per pair of places of different parties (a new area
 * at its main district, as the network draws it, with all its districts in `from_codes`/`to_codes`),
 * carrying the same fields as the CSV row (`row`) and the pair's parties; and every district with its
 * count among those shown under the count map's basis (`countsByDistrict`; `count_basis` says which). Parties without a place are listed in `unplaced`, never guessed; an agreement with
 * no line to draw is a feature without geometry. Each agreement line carries `pair` and
 * `pair_agreements`, the network's count of shown agreements joining its two places, and the
 * network's own pairs come as one line each (`layer: 'pair'`, `pairFeatures`), to size by count.
 * `about` says in the interface language what the layers and counts mean.
 */
export function agreementsGeoJson(
  index: AgreementIndex,
  book: PlaceBook,
  districts: DistrictIndex,
  row: (a: AgreementIndex['list'][number]) => ExportRow,
  words: { lang: Lang; about: string; basis: CountBasis },
): FeatureCollection<Geometry | null> & { about: string } {
  const features: Feature<Geometry | null>[] = [];
  // The network's counts, read, not recounted: the number the map's arc widths and the network panel show.
  const links = networkLinks(index);
  const pairCount = new Map(links.map((l) => [linkKey(l.a, l.b), l.count]));
  for (const a of index.list) {
    const parties = index.places.get(a.id) ?? [];
    const row_ = row(a);
    const lines: Feature<Geometry | null>[] = [];
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) {
        const [p, q] = [parties[i]!, parties[j]!];
        // The network's rule (anchorPlaces): a new area at its main district, its districts as a property.
        const properties = { layer: 'agreement', ...row_, from_party: p.party.name, from_codes: codesOf(p.places), to_party: q.party.name, to_codes: codesOf(q.places) };
        for (const x of anchorPlaces(p))
          for (const y of anchorPlaces(q)) {
            const from = book.info(x)?.anchor;
            const to = book.info(y)?.anchor;
            const pair = linkKey(placeKey(x), placeKey(y));
            if (from && to && placeKey(x) !== placeKey(y))
              lines.push({ type: 'Feature', id: `${a.id}#${lines.length}`, properties: { ...properties, pair, pair_agreements: pairCount.get(pair) ?? null }, geometry: { type: 'LineString', coordinates: [from, to] } });
          }
      }
    features.push(...lines);
    // Nothing to draw (fewer than two placed parties): kept without geometry, so the file lists every agreement the CSV does.
    if (lines.length === 0) features.push({ type: 'Feature', id: a.id, properties: { layer: 'agreement', ...row_ }, geometry: null });
  }
  features.push(...pairFeatures(links, book, words.lang, NETWORK_MAX_ARCS));
  // The count the count map and the district table show, under the same basis.
  const counts = countsByDistrict(index, districts.list, words.basis);
  for (const f of districts.geojson.features) {
    const code = f.properties.code;
    features.push({
      type: 'Feature',
      id: code,
      properties: { layer: 'district', code, name: f.properties.name, name_en: f.properties.name_en, agreements: counts.get(code) ?? 0, count_basis: words.basis },
      geometry: f.geometry,
    });
  }
  return { type: 'FeatureCollection', about: words.about, features };
}
