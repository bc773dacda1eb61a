/** `npm run transport`: builds geodata/transport/*.geojson from the curated files beside them. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { booleanPointInPolygon, centroid } from '@turf/turf';
import { describeIssues } from '../../src/data/load-json';
import { transportFile } from '../../src/data/transport-schema';
import { buildRail, type CuratedLine, type DistrictAt } from './rail';
import { loadOsm } from './osm';
import { checkRoutes } from './route';
import { placeIndex, stationEnglishName } from './station-names';
import { AREA_ALIASES } from '../../src/extract/area-aliases';
import { buildNetwork, type CuratedLine as CuratedNetworkLine, type CuratedPoint, type Resolve } from './network';

const GEODATA = join(import.meta.dirname, '../../geodata');

/**
 * Where a station with no position of its own is drawn in its district: the centroid when it lies
 * inside, else the label point. Not the label point first: the district's name sits there and a
 * click on it must reach the district.
 */
export function anchorIndex(): Map<string, Position> {
  const districts = JSON.parse(readFileSync(join(GEODATA, 'districts.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { code: string; label: [number, number] }>;
  return new Map(
    districts.features.map((f) => {
      const c = centroid(f).geometry.coordinates;
      const rounded = [Math.round(c[0]! * 1e3) / 1e3, Math.round(c[1]! * 1e3) / 1e3];
      return [f.properties.code, booleanPointInPolygon(rounded, f) ? rounded : f.properties.label];
    }),
  );
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(GEODATA, path), 'utf8')) as T;

/** Answers where a curated anchor lies, from the committed geodata. */
export function resolver(stations: ReadonlyMap<string, Position> = new Map()): Resolve {
  const districts = anchorIndex();
  const labels = readJson<FeatureCollection<Point, { level: string; code: string }>>('admin-labels.geojson').features;
  const prefectures = new Map(labels.filter((f) => f.properties.level === 'prefecture').map((f) => [f.properties.code, f.geometry.coordinates]));
  const cities = new Map(readJson<FeatureCollection<Point, { name: string }>>('context/cities.geojson').features.map((f) => [f.properties.name, f.geometry.coordinates]));
  const countries = new Map(readJson<FeatureCollection<Polygon | MultiPolygon, { name_en: string; label: [number, number] }>>('context/countries.geojson').features.map((f) => [f.properties.name_en, f.properties.label]));
  return (a) =>
    'code' in a ? districts.get(a.code)
    : 'prefecture' in a ? prefectures.get(a.prefecture)
    : 'city' in a ? cities.get(a.city)
    : 'country' in a ? countries.get(a.country)
    : 'at' in a ? a.at
    : 'station' in a ? stations.get(a.station)
    : a.sea;
}

/** The district a point lies in, by point-in-polygon against the committed districts. */
export function districtLocator(): DistrictAt {
  const districts = readJson<FeatureCollection<Polygon | MultiPolygon, { code: string }>>('districts.geojson').features;
  return (p) => districts.find((f) => booleanPointInPolygon(p, f))?.properties.code;
}

/**
 * The pinyin the atlas already holds for the places a station may be named after: districts and
 * prefectures (geodata/, by scripts/geodata/names.ts), and the new areas' English names
 * (area-aliases.ts: 天府新区 → Tianfu New Area gives 天府 → Tianfu).
 */
export function stationPlaces(): Map<string, string> {
  type Named = { short: string; pinyin: string };
  const districts = readJson<FeatureCollection<Polygon | MultiPolygon, Named>>('districts.geojson').features.map((f) => f.properties);
  const prefectures = readJson<FeatureCollection<Polygon | MultiPolygon, Named>>('prefectures.geojson').features.map((f) => f.properties);
  // A new area's two-character name (天府新区, 高竹新区) and the last word of its English name before "New Area".
  const areas = AREA_ALIASES.flatMap((a) => {
    const word = / (\w+) New Area$|^(\w+) New Area$/u.exec(a.en);
    const en = word?.[1] ?? word?.[2];
    const zh = a.names.map((n) => /^(\p{Script=Han}{2})新区$/u.exec(n)?.[1]).find(Boolean);
    return en && zh ? [[zh, en] as const] : [];
  });
  // A one-character stem keeps its suffix in the short form (忠县, names.ts), and so in the station's name: 忠县站 is Zhongxian.
  const SUFFIX: Record<string, string> = { 县: 'xiàn', 区: 'qū' };
  const reading = (p: Named) => (p.short.length === 2 && SUFFIX[p.short.slice(1)] ? `${p.pinyin}${SUFFIX[p.short.slice(1)]}` : p.pinyin);
  return placeIndex([...districts, ...prefectures].map((p) => [p.short, reading(p)] as const).concat(areas));
}

export const OSM_DIR = join(GEODATA, 'transport/osm');

/** Every river line of geodata/context/rivers.geojson, multi-part lines split into their parts. */
function riverLines(): Position[][] {
  return readJson<FeatureCollection<LineString | MultiLineString>>('context/rivers.geojson').features.flatMap((f) =>
    f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
}

/** The committed pinyin of every feature's name (`npm run transport:pinyin` writes it). */
export const PINYIN_TABLE = join(GEODATA, 'transport/curated/pinyin.json');

/** A name's pinyin from the committed table; a name it lacks stops the build, saying how to add it. */
function tablePinyin(): (name: string) => string {
  const table = existsSync(PINYIN_TABLE) ? (JSON.parse(readFileSync(PINYIN_TABLE, 'utf8')) as Record<string, string>) : {};
  return (name) => {
    const p = table[name];
    if (p === undefined) throw new Error(`no pinyin for ${name} in ${PINYIN_TABLE}: run \`npm run transport:pinyin\``);
    return p;
  };
}

/** Each feature with the toneless pinyin of its name, by syllable, for search (name_pinyin). */
const withPinyin = (features: Feature[], pinyinOf: (name: string) => string): Feature[] =>
  features.map((f) => ({ ...f, properties: { ...f.properties, name_pinyin: pinyinOf(String(f.properties!.name_zh)) } }));

export function buildTransport({ pinyin = tablePinyin() }: { pinyin?: (name: string) => string } = {}) {
  const rail = readJson<{ lines: CuratedLine[] }>('transport/curated/rail.json');
  const anchors = anchorIndex();
  const places = stationPlaces();
  const osm = loadOsm(OSM_DIR);
  const { lines, stations } = buildRail(rail.lines, (c) => anchors.get(c), osm, districtLocator(), (zh) => stationEnglishName(zh, places));
  const network = buildNetwork(readJson<{ points: CuratedPoint[]; lines: CuratedNetworkLine[] }>('transport/curated/network.json'), resolver(osm.stations), riverLines());
  const problems = checkRoutes([...lines, ...network.lines]);
  if (problems.length) throw new Error(`routes:\n  ${problems.join('\n  ')}`);
  return { 'rail.geojson': withPinyin(lines, pinyin), 'stations.geojson': withPinyin(stations, pinyin), 'network.geojson': withPinyin(network.lines, pinyin), 'hubs.geojson': withPinyin(network.points, pinyin) };
}

export const serialise = (features: Feature[]) =>
  `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const [file, features] of Object.entries(buildTransport())) {
    const text = serialise(features);
    const checked = transportFile.safeParse(JSON.parse(text));
    if (!checked.success) throw new Error(`${file} fails its schema: ${describeIssues(checked.error.issues)}`);
    writeFileSync(join(GEODATA, 'transport', file), text);
    console.log(`${file}: ${features.length} features, ${text.length} bytes`);
  }
}
