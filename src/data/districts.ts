import { area, bbox } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { sharedEdgeNeighbours } from '../geo/neighbours';
import type { DistrictProps, DistrictsFile } from './schemas';

export type ProvinceCode = '500000' | '510000';

export interface District {
  code: string;
  name: string;
  short: string;
  pinyin: string;
  nameEn: string;
  prefectureCode: string;
  prefecture: string;
  provinceCode: ProvinceCode;
  label: [number, number];
  areaKm2: number;
  bbox: [number, number, number, number];
}

export interface DistrictIndex {
  list: District[];
  byCode: ReadonlyMap<string, District>;
  neighbours: ReadonlyMap<string, readonly string[]>;
  /** The validated file, handed to the map source as it is. */
  geojson: DistrictsFile;
}


const toDistrict = (f: Feature<Polygon | MultiPolygon, DistrictProps>): District => ({
  code: f.properties.code,
  name: f.properties.name,
  short: f.properties.short,
  pinyin: f.properties.pinyin,
  nameEn: f.properties.name_en,
  prefectureCode: f.properties.prefecture_code,
  prefecture: f.properties.prefecture,
  provinceCode: f.properties.province_code,
  label: f.properties.label,
  areaKm2: area(f) / 1e6,
  bbox: bbox(f) as District['bbox'],
});

export function indexDistricts(file: DistrictsFile): DistrictIndex {
  const list = file.features.map(toDistrict).sort((a, b) => a.code.localeCompare(b.code));
  // Walked on first use (App reads it when the browser is first idle), not while the first map waits for the data.
  let neighbours: ReadonlyMap<string, readonly string[]> | null = null;
  return {
    list,
    byCode: new Map(list.map((d) => [d.code, d])),
    get neighbours() {
      return (neighbours ??= sharedEdgeNeighbours(file.features.map((f) => ({ id: f.properties.code, geometry: f.geometry }))));
    },
    geojson: file,
  };
}
