import type { MapData } from '../../state/data-store';
import { transportName } from '../transport-name';
import { linesByDistrict } from '../../table/agreement-rows';

const crossingCache = new WeakMap<MapData, Map<string, string[]>>();

/** The lines crossing each district. Walking every line through the districts takes a moment: once per data set, when first asked (the district tab, its CSV). */
export function crossings(data: MapData): Map<string, string[]> {
  let out = crossingCache.get(data);
  if (!out) {
    out = linesByDistrict(
      data.transport.features.filter((f) => f.geometry.type !== 'Point'),
      data.districts.geojson.features.map((f) => ({ code: f.properties.code, provinceCode: f.properties.province_code, bbox: data.districts.byCode.get(f.properties.code)!.bbox, geometry: f.geometry })),
    );
    crossingCache.set(data, out);
  }
  return out;
}

/** A line's name in the interface language (its id if the data has no such line). */
export function lineNameOf(data: MapData, lang: 'zh' | 'en'): (id: string) => string {
  return (id) => {
    const p = data.transport.byId.get(id)?.properties;
    return p ? transportName(p, lang).text : id;
  };
}
