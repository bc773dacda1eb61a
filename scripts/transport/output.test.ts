import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { composeRoutes } from '../../src/data/routes';
import { transportFile } from '../../src/data/transport-schema';
import { buildTransport, serialise } from './build';
import { offLine } from './rail';

const root = join(import.meta.dirname, '../../geodata');
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const rail = transportFile.parse(JSON.parse(read('transport/rail.geojson'))).features;
const stations = transportFile.parse(JSON.parse(read('transport/stations.geojson'))).features;
const network = transportFile.parse(JSON.parse(read('transport/network.geojson'))).features;
const hubs = transportFile.parse(JSON.parse(read('transport/hubs.geojson'))).features;
const everything = [...rail, ...stations, ...network, ...hubs];
/** The lines as the app draws them: with a `route`, the whole route, shared track included (src/data/routes.ts). */
const drawn = new Map(composeRoutes(everything).map((f) => [f.properties.id, f]));
const strandsOf = (id: string): number[][][] => {
  const g = drawn.get(id)!.geometry;
  return g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
};
const districts = new Map(
  (JSON.parse(read('districts.geojson')).features as Feature<Polygon | MultiPolygon, { code: string }>[]).map((f) => [f.properties.code, f]),
);

describe('geodata/transport', () => {
  it('is what `npm run transport` builds from the curated files', () => {
    const built = buildTransport();
    expect(read('transport/rail.geojson')).toBe(serialise(built['rail.geojson']));
    expect(read('transport/stations.geojson')).toBe(serialise(built['stations.geojson']));
    expect(read('transport/network.geojson')).toBe(serialise(built['network.geojson']));
    expect(read('transport/hubs.geojson')).toBe(serialise(built['hubs.geojson']));
  });

  it('gives every feature the pinyin of its name, from a table that holds no name no feature has', () => {
    for (const f of everything) expect(f.properties.name_pinyin, f.properties.id).toMatch(/^[a-z]+( [a-z]+)*$/);
    const table = JSON.parse(read('transport/curated/pinyin.json')) as Record<string, string>;
    expect(Object.keys(table).sort()).toEqual([...new Set(everything.map((f) => f.properties.name_zh))].sort());
  });

  it('has every rail project the issue names, by name or alias', () => {
    const names = rail.flatMap((f) => [f.properties.name_zh, ...f.properties.aliases]);
    for (const n of ['成渝中线高铁', '成达万高铁', '渝昆高铁', '成渝高铁', '成遂渝铁路', '渝万高铁', '郑渝高铁', '西成高铁', '成自宜高铁', '渝西高铁', '渝湘高铁', '成贵高铁', '兰渝铁路'])
      expect(names, n).toContain(n);
  });

  it('has the ports, hubs, airports, waterway, corridor routes and expressways the issue names', () => {
    const names = [...network, ...hubs].flatMap((f) => [f.properties.name_zh, ...f.properties.aliases]);
    for (const n of [
      '果园港', '万州新田港', '涪陵龙头港', '泸州港', '宜宾港', '成都国际铁路港', '团结村', '重庆江北国际机场', '成都双流国际机场', '成都天府国际机场', '重庆新机场',
      '长江航道', '陆海新通道中线', '陆海新通道东线', '陆海新通道西线', '北部湾港—新加坡航线', '中欧班列（成渝）',
      '开梁高速', '泸永高速', '大内高速', '南潼高速', '江泸北线', '成渝高速扩容', '铜安高速', '万达开高速', '渝广高速支线', 'G93', 'G42', 'G5013', 'G65', 'G5012', 'G85', 'G50', '南大梁高速', '渝遂复线', '渝武复线', '遂宁西部铁路物流园', '小南垭',
    ])
      expect(names, n).toContain(n);
  });

  it('ends the corridor routes at the Beibu Gulf and the sea leg in Singapore', () => {
    const end = (id: string) => (network.find((f) => f.properties.id === id)!.geometry as { coordinates: number[][] }).coordinates.slice(-1)[0]!;
    for (const id of ['corridor-central', 'corridor-east', 'corridor-west']) {
      expect(end(id)[1]).toBeLessThan(22.5); // 钦州, on the Beibu Gulf
      expect(end(id)[0]).toBeGreaterThan(108);
    }
    const sg = end('corridor-sea-singapore');
    expect(sg[0]).toBeCloseTo(103.8, 0);
    expect(sg[1]).toBeCloseTo(1.35, 0);
  });

  it('puts every station and hub with a district code inside that district', () => {
    for (const s of [...stations, ...hubs.filter((h) => h.properties.code)]) {
      const d = districts.get(s.properties.code!);
      expect(d, s.properties.id).toBeDefined();
      expect(booleanPointInPolygon(s.geometry.coordinates as number[], d!), s.properties.id).toBe(true);
    }
  });

  it('draws each line as one continuous piece (a branch as one more), no longer than its official length allows', () => {
    for (const f of [...rail, ...network]) {
      const strands = strandsOf(f.properties.id);
      // Each strand of a route is one line: its parts meet end to end.
      expect(strands.length, f.properties.id).toBe(f.properties.route?.length ?? 1);
      let length = 0;
      for (const c of strands) {
        expect(c.length, f.properties.id).toBeGreaterThanOrEqual(2);
        for (let i = 0; i + 1 < c.length; i++) length += distance(c[i]!, c[i + 1]!);
      }
      // A schematic line ends at district anchors, each of which can sit ~15 km from the real end;
      // beyond that slack a drawn line much longer than the official length means a wrong anchor.
      if (f.properties.length_km) expect(length, f.properties.id).toBeLessThan(f.properties.length_km * 1.2 + 30);
    }
  });

  it('draws a line on shared track through the other line\'s geometry, which the data holds once', () => {
    const at = new Map(stations.map((s) => [s.properties.name_zh, s.geometry.coordinates as number[]]));
    const hub = (id: string) => hubs.find((h) => h.properties.id === id)!.geometry.coordinates as number[];
    const near = (id: string, p: number[], own = false) => {
      const lines = own ? [(rail.find((f) => f.properties.id === id)!.geometry as LineString).coordinates] : strandsOf(id);
      return Math.min(...lines.map((c) => offLine(p, c)));
    };
    // 郑渝 runs 重庆北–梁平南–万州北 on 渝万城际's track; 成贵 成都东–眉山东–乐山 on 成绵乐's.
    for (const [line, names] of [['zhengyu-hsr', ['重庆北', '梁平南', '万州北', '巫山']], ['chenggui-hsr', ['成都东', '眉山东', '乐山', '兴文']]] as const)
      for (const n of names) expect(near(line, at.get(`${n}站`)!), `${line} ${n}`).toBeLessThan(1);
    // Not copied into their own geometry.
    expect(near('zhengyu-hsr', at.get('重庆北站')!, true)).toBeGreaterThan(100);
    expect(near('chenggui-hsr', at.get('成都东站')!, true)).toBeGreaterThan(50);
    // 中欧班列（成渝） starts at both hubs, and runs on 兰渝's track from 合川 to 广元.
    const cr = strandsOf('cr-express-chongqing-exit');
    expect(cr.map((c) => c[0])).toEqual(expect.arrayContaining([hub('tuanjiecun-hub'), hub('chengdu-international-railway-port')]));
    for (const n of ['合川', '南充北', '广元']) expect(near('cr-express-chongqing-exit', at.get(`${n}站`)!), n).toBeLessThan(1);
  });

  it('gives every caveat in Chinese as well as English', () => {
    for (const f of everything) if (f.properties.notes) expect(f.properties.notes_zh, f.properties.id).toMatch(/\p{Script=Han}/u);
  });

  it('has unique ids across every transport file', () => {
    const ids = everything.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws the named lines traced from OpenStreetMap, other rail through its stations, the rest schematic; cites a source for each', () => {
    const traced = ['chengyu-hsr', 'chengsuiyu-rail', 'yuwan-intercity', 'zhengyu-hsr', 'xicheng-hsr', 'chengmianle-intercity', 'chenggui-hsr', 'lanyu-rail'];
    expect(rail.filter((f) => f.properties.accuracy === 'traced').map((f) => f.properties.id).sort()).toEqual([...traced].sort());
    for (const f of rail) if (!traced.includes(f.properties.id)) expect(f.properties.accuracy, f.properties.id).toBe('approximate');
    for (const f of stations) expect(f.properties.accuracy, f.properties.id).toBe('traced');
    for (const f of everything) expect(f.properties.sources.length).toBeGreaterThan(0);
  });

  it('draws the Yangtze waterway along the river line, from 宜宾 to 宜昌, and every other network line schematic', () => {
    const yangtze = network.find((f) => f.properties.id === 'yangtze-waterway')!;
    expect(yangtze.properties.accuracy).toBe('approximate');
    const c = (yangtze.geometry as { coordinates: number[][] }).coordinates;
    expect(c.length).toBeGreaterThan(50);
    // 宜宾's confluence and 宜昌's seat (geodata/context/cities.geojson).
    expect(distance(c[0]!, [104.62, 28.787])).toBeLessThan(0.5);
    expect(distance(c.at(-1)!, [111.291, 30.703])).toBeLessThan(2);
    const rivers = (JSON.parse(read('context/rivers.geojson')).features as Feature<LineString | MultiLineString>[]).flatMap((r) =>
      r.geometry.type === 'LineString' ? [r.geometry.coordinates] : r.geometry.coordinates,
    );
    for (const p of c) expect(Math.min(...rivers.map((r) => offLine(p, r)))).toBeLessThan(0.01);
    for (const f of network.filter((l) => l !== yangtze)) expect(f.properties.accuracy, f.properties.id).toBe('schematic');
  });

  it('quotes the seed articles exactly wherever a fact cites one', () => {
    let quoted = 0;
    for (const f of everything)
      for (const src of f.properties.sources)
        if ('article' in src) {
          expect(readFileSync(join(root, '../seeds', src.article), 'utf8'), `${f.properties.id}: ${src.quote}`).toContain(src.quote);
          quoted++;
        }
    expect(quoted).toBeGreaterThanOrEqual(10);
  });

  it('has the hubs and links the articles name, each citing its article', () => {
    const cites = (id: string, article: string, words: string) => {
      const f = everything.find((x) => x.properties.id === id);
      expect(f, id).toBeDefined();
      expect(f!.properties.sources.some((s) => 'article' in s && s.article.startsWith(article) && s.quote.includes(words)), `${id} cites ${article}`).toBe(true);
    };
    cites('linshui-dry-port', '004_', '邻水县设立');
    cites('guoyuan-port', '004_', '邻水港与果园港');
    for (const id of ['guoyuan-port', 'yibin-port', 'luzhou-port']) cites(id, '004_', '港口联盟');
    for (const city of ['dazhou', 'suining', 'nanchong']) cites(`corridor-distribution-centre-${city}`, '003_', '区域集散分拨中心');
    cites('cr-express-chongqing-exit', '003_', '首趟中欧班列(成渝)号');
    cites('wankaida-expressway', '001_', '万州至达州');
    expect(network.find((f) => f.properties.id === 'cr-express-chongqing-exit')!.properties.dates.open).toBe('2021-01-01');
  });

  it('cites the OpenStreetMap copyright page on every feature drawn from OpenStreetMap data', () => {
    for (const f of [...rail, ...stations])
      expect(f.properties.sources, f.properties.id).toContainEqual({ title: '© OpenStreetMap contributors (ODbL 1.0)', url: 'https://www.openstreetmap.org/copyright' });
  });

  it('draws every traced line within 1 km of each of its stations', () => {
    const at = new Map(stations.map((s) => [s.properties.name_zh, s.geometry.coordinates as number[]]));
    for (const f of rail.filter((l) => l.properties.accuracy === 'traced'))
      for (const s of f.properties.stations!.filter((x) => x.placed)) {
        const p = at.get(`${s.name_zh}站`);
        expect(p, s.name_zh).toBeDefined();
        expect(Math.min(...strandsOf(f.properties.id).map((c) => offLine(p!, c))), `${f.properties.id} ${s.name_zh}`).toBeLessThan(1);
      }
  });

  it('draws an approximate line through each of its placed stations', () => {
    const at = new Map(stations.map((s) => [s.properties.name_zh, s.geometry.coordinates as number[]]));
    for (const f of rail.filter((l) => l.properties.accuracy === 'approximate'))
      for (const s of f.properties.stations!.filter((x) => x.placed))
        expect(offLine(at.get(`${s.name_zh}站`)!, (f.geometry as { coordinates: number[][] }).coordinates), `${f.properties.id} ${s.name_zh}`).toBeLessThan(0.01);
  });

  it('lists the stations OpenStreetMap has no position for, and draws none of them', () => {
    const unplaced = [...new Set(rail.flatMap((f) => f.properties.stations!.filter((s) => !s.placed).map((s) => s.name_zh)))].sort();
    // New stations of lines still being built, and two on open lines (屏山, 南溪) the OSM extract lacks.
    expect(unplaced).toEqual(['丰都北', '乐至', '北碚南', '南溪', '合川东', '大竹', '大足石刻', '宣汉南', '安岳', '屏山', '岳溪', '广安东', '忠县', '樊哙', '渠县北', '简州', '营山西', '蓬溪南', '达州南', '重庆科学城', '铜梁', '城口'].sort());
    const drawn = new Set(stations.map((s) => s.properties.name_zh));
    for (const n of unplaced) expect(drawn.has(`${n}站`), n).toBe(false);
  });

  it('links every station to lines that exist and list it', () => {
    const byId = new Map(rail.map((f) => [f.properties.id, f]));
    for (const s of stations)
      for (const id of s.properties.line_ids!) {
        const line = byId.get(id);
        expect(line, id).toBeDefined();
        expect(line!.properties.stations!.some((x) => `${x.name_zh}站` === s.properties.name_zh && x.code === s.properties.code)).toBe(true);
      }
  });

  it('names every station in English by China Railway’s rule, but for the few whose place the atlas has no pinyin for', () => {
    const byZh = new Map(stations.map((s) => [s.properties.name_zh, s.properties]));
    expect(byZh.get('重庆北站')!.name_en).toBe('Chongqingbei');
    expect(byZh.get('成都东站')!.name_en).toBe('Chengdudong');
    expect(byZh.get('重庆西站')!.name_en).toBe('Chongqingxi');
    expect(byZh.get('长寿北站')!.name_en).toBe('Changshoubei');
    expect(byZh.get('长寿北站')!.aliases).toEqual(['Changshou North']);
    expect(byZh.get('巴南站')!.name_en).toBe('Banan');
    expect(byZh.get('阆中站')!.name_en).toBe('Langzhong');
    const unnamed = stations.filter((s) => s.properties.name_en === null);
    expect(unnamed.map((s) => s.properties.name_zh).sort()).toEqual(['三岔湖站', '剑门关站', '水江西站'].sort());
    for (const s of unnamed) expect(s.properties.notes, s.properties.name_zh).toMatch(/No English name/u);
    // A county whose short form keeps 县 (忠县) keeps it in the station's name, as China Railway writes it.
    const lineStops = new Map(rail.flatMap((f) => f.properties.stations!).map((st) => [st.name_zh, st.name_en]));
    expect(lineStops.get('忠县')).toBe('Zhongxian');
    expect(lineStops.get('渠县北')).toBe('Quxianbei');
    // A line lists its stations under the same English names.
    for (const f of rail)
      for (const st of f.properties.stations!) {
        const point = byZh.get(`${st.name_zh}站`);
        if (point) expect(st.name_en, st.name_zh).toBe(point.name_en);
      }
  });
});
