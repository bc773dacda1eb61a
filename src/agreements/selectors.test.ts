import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexAgreements } from '../data/agreements';
import { FIXTURE, FIXTURE_DISTRICTS } from './fixture';
import {
  choroplethClasses,
  classOf,
  newAreaMains,
  countsByDistrict,
  districtAgreements,
  domainCounts,
  groupAgreements,
  networkLinks,
  newAreasAt,
  ownCounted,
  pairAgreements,
  partnersOf,
  stakeIn,
  viaAreasOf,
  viaNewArea,
} from './selectors';

const byCode = new Map(FIXTURE_DISTRICTS.map((d) => [d.code, d]));
const index = indexAgreements(FIXTURE, byCode);
const d = (code: string) => byCode.get(code)!;
const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

describe('the fixture', () => {
  it('quotes exactly the text at each span of the seed article', () => {
    for (const a of FIXTURE) {
      const text = readFileSync(join(import.meta.dirname, '../../seeds', a.article), 'utf8');
      expect(text.slice(a.span.start, a.span.end)).toBe(a.quote);
    }
  });
});

describe('districtAgreements', () => {
  it('gives 大足 its own agreements (newest first) and the province-wide ones apart', () => {
    const s = districtAgreements(index, d('500111'));
    expect(ids(s.own)).toEqual(['dazu-meishan-tourism', 'laixi-river-coordination']);
    expect(s.prefecture).toEqual([]); // Chongqing's prefecture is the municipality itself
    expect(ids(s.province)).toEqual(['overseas-chinese-federations', 'transport-three-year-plan']);
  });

  it('lets a district of 眉山 inherit the prefecture’s agreement', () => {
    const s = districtAgreements(index, d('511402'));
    expect(s.own).toEqual([]);
    expect(ids(s.prefecture)).toEqual(['dazu-meishan-tourism']);
    expect(ids(s.province)).toEqual(['overseas-chinese-federations', 'transport-three-year-plan']);
  });

  it('counts a new area’s agreement as its districts’ own, marked as via the new area, and never twice', () => {
    const s = districtAgreements(index, d('511421')); // 仁寿: in 天府新区 (fixture) and in 眉山
    expect(ids(s.own)).toEqual(['liangjiang-tianfu-gateway']);
    expect(ids(s.prefecture)).toEqual(['dazu-meishan-tourism']);
    expect(viaNewArea(index, 'liangjiang-tianfu-gateway', '511421')).toBe('天府新区');
    expect(viaNewArea(index, 'dazu-meishan-tourism', '500111')).toBeNull();
  });
});

describe('partnersOf', () => {
  it('lists 大足’s partners with their agreements, prefecture as a prefecture, most agreements first', () => {
    const p = partnersOf(index, '500111');
    expect(p.map((x) => [x.key, x.agreements.length])).toEqual([
      ['d:500153', 1],
      ['d:510521', 1],
      ['p:511400', 1],
    ]);
  });

  it('does not make a district its own partner through its new area, and reaches the other area once, at its main district, marked as via the new areas', () => {
    // 两江新区 (渝北 main, 江北, 北碚) with 天府新区 (双流 main, 仁寿): 仁寿 is no partner of 渝北.
    const p = partnersOf(index, '500112');
    expect(p.map((x) => [x.key, x.direct.length, x.via.length])).toEqual([['d:510116', 0, 1]]);
    expect(p[0]!.viaAreas).toEqual(['两江新区', '四川天府新区']);
    // 仁寿 lies in 天府新区 but did not sign: its one partner is 两江新区 at 渝北, via the new areas.
    expect(partnersOf(index, '511421').map((x) => [x.key, x.direct.length, x.via.length])).toEqual([['d:500112', 0, 1]]);
  });

  it('puts direct partners before those reached only through a new area, and counts the two apart', () => {
    const direct = { ...FIXTURE[1]!, id: 'renshou-yubei-direct', parties: [
      { name: '渝北区', code: '500112', level: 'county' as const },
      { name: '仁寿县', code: '511421', level: 'county' as const },
    ] };
    const both = indexAgreements([...FIXTURE, direct], byCode);
    const p = partnersOf(both, '500112');
    expect(p.map((x) => [x.key, x.direct, x.via])).toEqual([
      ['d:511421', ['renshou-yubei-direct'], []],
      ['d:510116', [], ['liangjiang-tianfu-gateway']],
    ]);
  });

  it('counts two agreements with the same partner as two', () => {
    const twice = indexAgreements([...FIXTURE, { ...FIXTURE[1]!, id: 'laixi-again', date: '2021' }], byCode);
    expect(partnersOf(twice, '500111')[0]).toMatchObject({ key: 'd:500153', agreements: ['laixi-again', 'laixi-river-coordination'] });
  });
});

describe('pairAgreements and networkLinks', () => {
  it('finds the agreements between two places, in either order', () => {
    expect(ids(pairAgreements(index, 'd:500111', 'p:511400'))).toEqual(['dazu-meishan-tourism']);
    expect(ids(pairAgreements(index, 'p:511400', 'd:500111'))).toEqual(['dazu-meishan-tourism']);
    expect(ids(pairAgreements(index, 'v:500000', 'v:510000'))).toEqual(['overseas-chinese-federations', 'transport-three-year-plan']);
    expect(pairAgreements(index, 'd:500111', 'd:511402')).toEqual([]);
  });

  it('links every pair of places of different parties, once per agreement, a new area at its main district', () => {
    const links = networkLinks(index);
    expect(links[0]).toEqual({ a: 'v:500000', b: 'v:510000', count: 2 });
    // 3 (濑溪河) + 1 (大足–眉山) + 1 (两江–天府, main districts only) + 1 (provinces) links
    expect(links).toHaveLength(6);
    for (const l of links) expect(ids(pairAgreements(index, l.a, l.b))).toHaveLength(l.count);
  });

  it('names the new area a link\'s district stands for (两江新区 drawn at 渝北区), and whether it stands only for it', () => {
    const list = pairAgreements(index, 'd:500112', 'd:510116');
    expect(newAreasAt(index, 'd:500112', list)).toEqual({ names: ['两江新区'], only: true });
    expect(newAreasAt(index, 'd:510116', list)).toEqual({ names: ['四川天府新区'], only: true });
    // 大足 is a party in its own right: no new area.
    expect(newAreasAt(index, 'd:500111', pairAgreements(index, 'd:500111', 'p:511400'))).toEqual({ names: [], only: false });
  });
});

describe('choropleth', () => {
  it('classes counts by doubling: 0, 1, 2–3, 4–7, 8–15, 16+', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 15, 16, 1000].map(classOf)).toEqual([0, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('counts own agreements or own plus inherited, and the classes add up to the districts', () => {
    const own = countsByDistrict(index, FIXTURE_DISTRICTS, 'own');
    expect(own.get('500111')).toBe(2);
    expect(own.get('511402')).toBe(0);
    const all = countsByDistrict(index, FIXTURE_DISTRICTS, 'all');
    expect(all.get('500111')).toBe(4);
    expect(all.get('511402')).toBe(3);
    const { classOf: of, classes } = choroplethClasses(own);
    expect(of.get('500111')).toBe(2);
    expect(classes.map((c) => c.districts)).toEqual([4, 4, 1, 0, 0, 0]);
    expect(classes.reduce((s, c) => s + c.districts, 0)).toBe(FIXTURE_DISTRICTS.length);
  });

  it('counts a new area’s agreement for its main district only, as the network draws it', () => {
    const own = countsByDistrict(index, FIXTURE_DISTRICTS, 'own');
    expect(['500112', '510116', '500105', '500109', '511421'].map((c) => own.get(c))).toEqual([1, 1, 0, 0, 0]);
    const all = countsByDistrict(index, FIXTURE_DISTRICTS, 'all');
    // 仁寿: 眉山's agreement and the two province-wide ones; 两江–天府 counts at 双流, not here.
    expect(all.get('511421')).toBe(3);
    expect(ids(ownCounted(index, '511421'))).toEqual([]);
    expect(viaAreasOf(index, '511421')).toEqual({ count: 1, areas: [{ area: '四川天府新区', count: 1, main: '510116', here: false }] });
    expect(viaAreasOf(index, '510116')).toEqual({ count: 1, areas: [{ area: '四川天府新区', count: 1, main: '510116', here: true }] });
    // What the exported count map's caption names: each new area of several districts at its main one.
    expect(newAreaMains(index)).toEqual([
      { area: '两江新区', main: '500112' },
      { area: '四川天府新区', main: '510116' },
    ]);
    expect(newAreaMains(indexAgreements(FIXTURE.slice(0, 1), byCode))).toEqual([]);
    expect(stakeIn(index, 'liangjiang-tianfu-gateway', '500112')).toBe('main');
    expect(stakeIn(index, 'liangjiang-tianfu-gateway', '511421')).toBe('via');
    expect(stakeIn(index, 'dazu-meishan-tourism', '500111')).toBe('party');
    expect(stakeIn(index, 'dazu-meishan-tourism', '511421')).toBeNull();
  });

  it('steps up from the count every district has, so that province-wide agreements do not put every district in the top class', () => {
    // Counted with their prefecture and province, all 221 districts had 55 or more: one colour.
    const counts = new Map([['a', 55], ['b', 55], ['c', 56], ['d', 58], ['e', 63], ['f', 90]]);
    const { classOf: of, classes, floor } = choroplethClasses(counts);
    expect(floor).toBe(55);
    expect(classes.map((c) => [c.min, c.max])).toEqual([[55, 55], [56, 56], [57, 58], [59, 62], [63, 70], [71, null]]);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => of.get(k))).toEqual([0, 0, 1, 2, 4, 5]);
    expect(classes.map((c) => c.districts)).toEqual([2, 1, 1, 0, 1, 1]);
    // With a district of none, the classes are the plain doubling ones.
    expect(choroplethClasses(new Map([['a', 0], ['b', 5]])).classes.map((c) => c.min)).toEqual([0, 1, 2, 4, 8, 16]);
  });
});

describe('grouping and field counts', () => {
  it('groups by year newest first and by field, counting each field once per agreement', () => {
    const own = districtAgreements(index, d('500111')).own;
    expect(groupAgreements(own, 'year').map((g) => g.key)).toEqual(['2020', '2019']);
    expect(groupAgreements([...own, { ...own[0]!, id: 'x', date: null }], 'year').map((g) => g.key)).toEqual(['2020', '2019', 'undated']);
    // Undated but reported in a year: its own group right after that year's, as the cards say it (日期不详（2020 年已有报道）).
    const reported = new Map([['x', 2020]]);
    expect(groupAgreements([...own, { ...own[0]!, id: 'x', date: null }, { ...own[0]!, id: 'y', date: null }], 'year', reported).map((g) => g.key)).toEqual(['2020', 'undated-2020', '2019', 'undated']);
    expect(groupAgreements(own, 'field').map((g) => [g.key, g.agreements.length])).toEqual([
      ['ecology', 1],
      ['tourism-culture', 1],
    ]);
    expect(domainCounts([...own, { ...own[0]!, id: 'y', domains: ['tourism-culture', 'tourism-culture'] }])).toEqual([
      ['tourism-culture', 2],
      ['ecology', 1],
    ]);
  });
});
