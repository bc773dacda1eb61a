import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownCodes } from '../src/data/bundle';
import type { Gazetteer } from '../src/extract/gazetteer';
import { loadGazetteer } from '../scripts/extract';

/** What the server reads the articles with, from the same geodata files the app and the CLI use. */
export interface Places {
  gazetteer: Gazetteer;
  /** Every code a party may name (districts, prefectures, provinces, and the admin labels' codes). */
  codes: ReadonlySet<string>;
}

export function loadPlaces(root: string): Places {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(root, 'geodata', file), 'utf8')) as { features: { properties: T }[] };
  const districts = read<{ code: string; prefecture_code: string; province_code: string }>('districts.geojson').features.map(({ properties: p }) => ({
    code: p.code,
    prefectureCode: p.prefecture_code,
    provinceCode: p.province_code,
  }));
  const admin = read<{ code: string }>('admin-labels.geojson').features.map((f) => f.properties.code);
  return { gazetteer: loadGazetteer(), codes: knownCodes(districts, admin) };
}
