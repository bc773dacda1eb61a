import { describe, expect, it } from 'vitest';
import rail from '../../geodata/transport/rail.geojson?raw';
import network from '../../geodata/transport/network.geojson?raw';
import hubs from '../../geodata/transport/hubs.geojson?raw';
import { endsOf, mentionsOf, notQuoted } from './mentions';

const TEXTS = import.meta.glob('../../seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const articles = Object.entries(TEXTS).map(([path, text]) => ({ file: path.split('/').pop()!, text }));
type Props = { id: string; name_zh: string; aliases?: string[] };
const features = [rail, network, hubs].flatMap((f) => (JSON.parse(f) as { features: { properties: Props }[] }).features.map((x) => x.properties));
const quotes = (id: string) => {
  const p = features.find((f) => f.id === id)!;
  return mentionsOf([p.name_zh, ...(p.aliases ?? [])], articles).map((m) => `${m.article.slice(0, 3)} ${m.quote.replace(/\s+/gu, '')}`);
};

describe('articles that mention a feature, in the real seed articles', () => {
  it('成渝中线高铁: the 2020-12 meeting documents and the transport plan', () => {
    const q = quotes('chengyu-zhongxian-hsr');
    expect(q).toHaveLength(2);
    expect(q).toEqual(expect.arrayContaining([expect.stringMatching(/^001 .*明确了成渝中线高铁、成达万高铁等重大基础设施项目/u), expect.stringMatching(/^001 .*尽快启动成渝中线等高铁建设/u)]));
  });

  it('成达万高铁: in articles 001 and 003', () => {
    const q = quotes('chengdawan-hsr');
    expect(q.map((x) => x.slice(0, 3)).sort()).toEqual(['001', '003']);
    expect(q[1]).toContain('加快推进成达万高铁、渝昆高铁建设');
  });

  it('果园港: the port alliance, the 邻水 dry port and the trains, all from 003 and 004', () => {
    const q = quotes('guoyuan-port');
    expect(q.every((x) => /^00[34] /u.test(x))).toBe(true);
    expect(q).toEqual(expect.arrayContaining([expect.stringContaining('建立邻水港与果园港国家物流枢纽联动机制'), expect.stringContaining('共同打造长江上游港口联盟')]));
  });

  it('西部陆海新通道: the 2020-11 joint meeting and the distribution centres', () => {
    const q = quotes('corridor-central');
    expect(q).toEqual(expect.arrayContaining([expect.stringContaining('西部陆海新通道国际招商合作联席会议第一次会在重庆举行'), expect.stringContaining('西部陆海新通道已在四川达州、遂宁、南充等地设立了区域集散分拨中心')]));
  });
});

describe('a project named by its two ends', () => {
  const road = ['内江至大足高速公路', '大内高速'];
  const one = (text: string) => mentionsOf(road, [{ file: 'a.txt', text }]).map((m) => m.name);

  it('reads the ends and the kind of the name, and nothing of other names', () => {
    expect(endsOf('内江至大足高速公路')).toMatchObject({ a: '内江', b: '大足' });
    expect(endsOf('永川至自贡高速公路（永川至荣昌段）')).toMatchObject({ a: '永川', b: '自贡' });
    expect(endsOf('郑州至重庆高速铁路')).toMatchObject({ a: '郑州', b: '重庆' });
    expect(endsOf('成都至达州至万州高速铁路')).toBeUndefined();
    expect(endsOf('大内高速')).toBeUndefined();
    expect(endsOf('成渝高速公路扩容（八车道）')).toBeUndefined();
  });

  it('finds them in either order where the clause says it is a road', () => {
    expect(one('今年将加快建设大足至内江、开江至梁平等川渝省际高速公路,提速成渝高速。')).toEqual(['大足至内江']);
    expect(one('已新开工建设泸州至永川、内江至大足、南充至潼南3条高速公路。')).toEqual(['内江至大足']);
  });

  it('does not take the same two ends for another kind of project, or with the kind in another clause', () => {
    expect(one('研究大足至内江城际铁路。')).toEqual([]);
    expect(one('大足至内江的公交线路开通,高速公路另行规划。')).toEqual([]);
  });

  it('in the seed articles: 003 names 内江至大足高速公路 as 大足至内江', () => {
    const q = quotes('neida-expressway');
    expect(q).toEqual(expect.arrayContaining([expect.stringMatching(/^003 .*加快建设大足至内江、开江至梁平/u)]));
  });
});

describe('mentions already quoted as sources', () => {
  it('are left out, matched as the reader shows them (print gaps removed)', () => {
    const text = '一年来,两江新区积极推进与四\n川港口城市的合作。果园港每年运输 300多万吨。';
    const mentions = mentionsOf(['两江新区', '果园港'], [{ file: 'a.txt', text }]);
    expect(mentions).toHaveLength(2);
    const left = notQuoted(mentions, [{ article: 'a.txt', quote: '两江新区积极推进与四\n川港口城市的合作' }]);
    expect(left.map((m) => m.name)).toEqual(['果园港']);
    expect(notQuoted(mentions, [{ article: 'b.txt', quote: '两江新区积极推进与四\n川港口城市的合作' }])).toHaveLength(2);
  });
});
