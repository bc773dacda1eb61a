/**
 * Checks the committed geodata/ itself, so a rebuild that drops a district, keeps a stale code or
 * breaks the topology fails here, without needing the raw packages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { area, booleanIntersects, booleanPointInPolygon, booleanValid, buffer, featureCollection, kinks, polygon, union } from '@turf/turf';

const root = join(import.meta.dirname, '../../geodata');
const load = <T extends FeatureCollection>(f: string) => JSON.parse(readFileSync(join(root, f), 'utf8')) as T;

interface DistrictProps {
  code: string;
  name: string;
  short: string;
  pinyin: string;
  name_en: string;
  prefecture_code: string;
  prefecture: string;
  province_code: string;
  label: [number, number];
}
const districts = load<FeatureCollection<Polygon | MultiPolygon, DistrictProps>>('districts.geojson').features;

// Written from the 2024 GB/T 2260 list by hand, not from the package the build reads.
const CHONGQING = `500101万州区 500102涪陵区 500103渝中区 500104大渡口区 500105江北区 500106沙坪坝区 500107九龙坡区
500108南岸区 500109北碚区 500110綦江区 500111大足区 500112渝北区 500113巴南区 500114黔江区 500115长寿区 500116江津区
500117合川区 500118永川区 500119南川区 500120璧山区 500151铜梁区 500152潼南区 500153荣昌区 500154开州区 500155梁平区
500156武隆区 500229城口县 500230丰都县 500231垫江县 500233忠县 500235云阳县 500236奉节县 500237巫山县 500238巫溪县
500240石柱土家族自治县 500241秀山土家族苗族自治县 500242酉阳土家族苗族自治县 500243彭水苗族土家族自治县`
  .split(/\s+/)
  .map((s) => [s.slice(0, 6), s.slice(6)]);

const SICHUAN_PER_PREFECTURE: Record<string, number> = {
  '510100': 20, '510300': 6, '510400': 5, '510500': 7, '510600': 6, '510700': 9, '510800': 7, '510900': 5,
  '511000': 5, '511100': 11, '511300': 9, '511400': 6, '511500': 10, '511600': 6, '511700': 7, '511800': 8,
  '511900': 5, '512000': 3, '513200': 13, '513300': 18, '513400': 17,
};

describe('districts.geojson: codes and names', () => {
  it('has 221 districts with unique six-digit codes, 183 in Sichuan and 38 in Chongqing', () => {
    expect(districts).toHaveLength(221);
    const codes = districts.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(221);
    codes.forEach((c) => expect(c).toMatch(/^5[01]\d{4}$/));
    expect(districts.filter((f) => f.properties.province_code === '510000')).toHaveLength(183);
    expect(districts.filter((f) => f.properties.province_code === '500000')).toHaveLength(38);
  });

  it('has every Chongqing district with its current code and name', () => {
    const cq = new Map(districts.filter((f) => f.properties.province_code === '500000').map((f) => [f.properties.code, f.properties.name]));
    expect(new Map(CHONGQING as [string, string][])).toEqual(cq);
  });

  it('has the right number of districts in each Sichuan prefecture', () => {
    const counts: Record<string, number> = {};
    for (const f of districts) if (f.properties.province_code === '510000') counts[f.properties.prefecture_code] = (counts[f.properties.prefecture_code] ?? 0) + 1;
    expect(counts).toEqual(SICHUAN_PER_PREFECTURE);
  });

  it('uses the current code for every unit renamed since the geometry was drawn', () => {
    const byCode = new Map(districts.map((f) => [f.properties.code, f.properties.name]));
    const renamed = { '510118': '新津区', '510604': '罗江区', '511504': '叙州区', '510981': '射洪市', '511083': '隆昌市', '513402': '会理市', '500155': '梁平区', '500156': '武隆区', '510117': '郫都区', '510185': '简阳市' };
    for (const [code, name] of Object.entries(renamed)) expect(byCode.get(code)).toBe(name);
    for (const stale of ['510132', '510626', '511521', '510922', '511028', '513425', '500228', '500232', '510124', '510180']) expect(byCode.has(stale)).toBe(false);
  });

  it('gives every district a short name, toned pinyin and an English name', () => {
    const p = new Map(districts.map((f) => [f.properties.name, f.properties]));
    expect(p.get('大足区')).toMatchObject({ short: '大足', pinyin: 'Dàzú', name_en: 'Dazu District', prefecture: '重庆市' });
    expect(p.get('泸县')).toMatchObject({ short: '泸县', name_en: 'Lu County', prefecture: '泸州市' });
    expect(p.get('什邡市')!.pinyin).toBe('Shífāng');
    expect(p.get('南岸区')!.pinyin).toBe("Nán'àn");
    for (const f of districts) {
      expect(f.properties.short.length).toBeGreaterThanOrEqual(2);
      expect(f.properties.pinyin).toMatch(/^[A-ZÀ-Ǜ][a-zà-ǜ'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/u);
      expect(f.properties.name_en).toMatch(/^[A-Z][a-z']+ .*(District|County|City)$/);
    }
  });
});

describe('districts.geojson: geometry', () => {
  it('has valid polygons with no self-intersections', () => {
    for (const f of districts) {
      expect(booleanValid(f), f.properties.name).toBe(true);
      const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const p of parts) expect(kinks(polygon(p)).features, f.properties.name).toHaveLength(0);
    }
  });

  it('puts every label point inside its own district', () => {
    for (const f of districts) expect(booleanPointInPolygon(f.properties.label, f), f.properties.name).toBe(true);
  });

  it('tiles each province: the union is within 0.5% of the sum of district areas, with no holes', () => {
    for (const province of ['500000', '510000']) {
      const fs = districts.filter((f) => f.properties.province_code === province) as Feature<Polygon | MultiPolygon>[];
      const sum = fs.reduce((s, f) => s + area(f), 0);
      const u = union(featureCollection(fs))!;
      expect(Math.abs(area(u) - sum) / sum).toBeLessThan(0.005);
      const parts = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
      const holeArea = parts.flatMap((p) => p.slice(1)).reduce((s, r) => s + area(polygon([r])), 0);
      expect(holeArea / sum).toBeLessThan(0.0005);
    }
  });

  it('has plausible province areas (official: Chongqing 82,400 km², Sichuan 486,000 km²)', () => {
    const km2 = (p: string) => districts.filter((f) => f.properties.province_code === p).reduce((s, f) => s + area(f), 0) / 1e6;
    expect(km2('500000')).toBeGreaterThan(82_400 * 0.98);
    expect(km2('500000')).toBeLessThan(82_400 * 1.02);
    expect(km2('510000')).toBeGreaterThan(486_000 * 0.98);
    expect(km2('510000')).toBeLessThan(486_000 * 1.02);
  });
});

describe('derived layers', () => {
  it('has border lines for prefecture, province and outer levels only', () => {
    const borders = load<FeatureCollection>('borders.geojson').features;
    const levels = new Set(borders.map((f) => f.properties?.level));
    expect(levels).toEqual(new Set(['outer', 'province', 'prefecture']));
  });

  it('has a label for both provinces and all 21 Sichuan prefectures', () => {
    const labels = load<FeatureCollection>('admin-labels.geojson').features;
    expect(labels.filter((f) => f.properties?.level === 'province').map((f) => f.properties?.code).sort()).toEqual(['500000', '510000']);
    expect(labels.filter((f) => f.properties?.level === 'prefecture')).toHaveLength(21);
  });

  it('has the context lands along the corridor to the sea', () => {
    const provinces = load<FeatureCollection>('context/provinces.geojson').features.map((f) => f.properties?.name);
    for (const p of ['贵州', '广西', '云南', '湖北', '湖南', '陕西', '甘肃', '西藏', '青海']) expect(provinces).toContain(p);
    expect(provinces).not.toContain('四川');
    const countries = load<FeatureCollection>('context/countries.geojson').features.map((f) => f.properties?.name_en);
    for (const c of ['Vietnam', 'Laos', 'Myanmar', 'Singapore']) expect(countries).toContain(c);
  });

  it('fills only the sea: inland cities are not in it, the gulf and the strait are', () => {
    const sea = load<FeatureCollection<Polygon | MultiPolygon>>('context/sea.geojson').features;
    const inSea = (p: [number, number]) => sea.some((f) => booleanPointInPolygon(p, f));
    for (const land of [[106.7, 26.6], [104.06, 30.66], [105.85, 21.03], [108.37, 22.82]] as [number, number][]) expect(inSea(land), `${land}`).toBe(false);
    for (const water of [[112, 15], [108.3, 20.5], [104.2, 1.2]] as [number, number][]) expect(inSea(water), `${water}`).toBe(true);
  });

  it('has main rivers, one of them through central Chongqing (the Yangtze)', () => {
    const rivers = load<FeatureCollection<LineString | MultiLineString>>('context/rivers.geojson').features;
    expect(rivers.length).toBeGreaterThan(10);
    const yuzhong = districts.find((f) => f.properties.code === '500103')!;
    const near = rivers.some((r) => booleanIntersects(r, buffer(yuzhong, 5, { units: 'kilometers' })!));
    expect(near).toBe(true);
  });
});
