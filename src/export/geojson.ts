import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AgreementIndex } from '../data/agreements';
import { placeKey } from '../data/agreements';
import type { PlaceBook } from '../agreements/places';
import type { DistrictIndex } from '../data/districts';
import type { ExportRow } from './export-row';

/**
 * What is shown, as GeoJSON: each agreement as straight lines between the anchors (seat or label
 * point) of its parties' places, one segment per pair of places of different parties, carrying the
 * same fields as the CSV row (`row`); and every district with its count of own agreements among
 * those shown. Parties without a place are listed in `unplaced`, never guessed; an agreement with
 * no line to draw is a feature without geometry.
 */
export function agreementsGeoJson(
  index: AgreementIndex,
  book: PlaceBook,
  districts: DistrictIndex,
  row: (a: AgreementIndex['list'][number]) => ExportRow,
): FeatureCollection<Geometry | null> {
  const features: Feature<Geometry | null>[] = [];
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
    const props = { layer: 'agreement', ...row(a) };
    for (const [k, c] of coords.entries()) features.push({ type: 'Feature', id: `${a.id}#${k}`, properties: props, geometry: { type: 'LineString', coordinates: c } });
    // Nothing to draw (fewer than two placed parties): kept without geometry, so the file lists every agreement the CSV does.
    if (coords.length === 0) features.push({ type: 'Feature', id: a.id, properties: props, geometry: null });
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
