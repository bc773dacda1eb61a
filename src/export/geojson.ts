import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { AgreementIndex } from '../data/agreements';
import { placeKey } from '../data/agreements';
import type { PlaceBook } from '../agreements/places';
import type { DistrictIndex } from '../data/districts';

/**
 * What is shown, as GeoJSON: each agreement as straight lines between the anchors (seat or label
 * point) of its parties' places, one segment per pair of places of different parties; and every
 * district with its count of own agreements among those shown. Parties without a place are listed
 * in `unplaced`, never guessed.
 */
export function agreementsGeoJson(index: AgreementIndex, book: PlaceBook, districts: DistrictIndex): FeatureCollection<LineString | Polygon | MultiPolygon> {
  const features: Feature<LineString | Polygon | MultiPolygon>[] = [];
  for (const a of index.list) {
    const parties = index.places.get(a.id) ?? [];
    const coords: [number, number][][] = [];
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++)
        for (const x of parties[i]!.places)
          for (const y of parties[j]!.places) {
            const from = book.info(x)?.anchor;
            const to = book.info(y)?.anchor;
            if (from && to && placeKey(x) !== placeKey(y)) coords.push([from, to]);
          }
    const props = {
      layer: 'agreement',
      id: a.id,
      date: a.date,
      first_reported: index.reportedYear.get(a.id) ?? null,
      kind: a.kind,
      domains: a.domains.join(';'),
      title_zh: a.title_zh,
      title_en: a.title_en,
      parties: a.parties.map((p) => p.name).join('、'),
      unplaced: parties.filter((p) => p.places.length === 0).map((p) => p.party.name).join('、'),
      article: a.article,
      quote: a.quote,
      confidence: a.confidence,
    };
    for (const [k, c] of coords.entries()) features.push({ type: 'Feature', id: `${a.id}#${k}`, properties: props, geometry: { type: 'LineString', coordinates: c } });
  }
  for (const f of districts.geojson.features) {
    const code = f.properties.code;
    features.push({
      type: 'Feature',
      id: code,
      properties: { layer: 'district', code, name: f.properties.name, name_en: f.properties.name_en, agreements: index.byDistrict.get(code)?.length ?? 0 },
      geometry: f.geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}
