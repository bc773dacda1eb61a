import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { indexAgreements, subIndex } from '../data/agreements';
import { FIXTURE, FIXTURE_DISTRICTS } from '../agreements/fixture';
import { countsByDistrict } from '../agreements/selectors';
import type { TransportFeature } from '../data/transport';
import { agreementRow, districtRows, keptRows, linesByDistrict, nextSort, SORT_KEYS, sortRows } from './agreement-rows';

const rows = FIXTURE.map((a) => agreementRow(a, new Map()));
const order = (key: Parameters<typeof sortRows>[1]['key'], dir: 'asc' | 'desc') => sortRows(rows, { key, dir }).map((r) => r.id);

describe('agreement table rows', () => {
  it('sorts by date either way, undated last both times', () => {
    const withUndated = [...rows, { ...rows[0]!, id: 'zz-undated', date: null }];
    const asc = sortRows(withUndated, { key: 'date', dir: 'asc' }).map((r) => r.id);
    const desc = sortRows(withUndated, { key: 'date', dir: 'desc' }).map((r) => r.id);
    expect(asc[0]).toBe('laixi-river-coordination');
    expect(asc.at(-1)).toBe('zz-undated');
    expect(desc[0]).toBe('overseas-chinese-federations');
    expect(desc.at(-1)).toBe('zz-undated');
  });

  it('sorts undated rows by the year first reported, as their label says, oldest first when ascending', () => {
    const undated = (id: string, first_reported: number | null) => ({ ...rows[0]!, id, date: null, first_reported });
    // Ids in another order than the years, as in the seeds (reported by 2020, then 2022, then 2021).
    const mixed = [undated('a-2022', 2022), ...rows, undated('b-none', null), undated('c-2020', 2020), undated('d-2021', 2021)];
    const asc = sortRows(mixed, { key: 'date', dir: 'asc' }).map((r) => r.id);
    const desc = sortRows(mixed, { key: 'date', dir: 'desc' }).map((r) => r.id);
    expect(asc.slice(-4)).toEqual(['c-2020', 'd-2021', 'a-2022', 'b-none']);
    expect(desc.slice(-4)).toEqual(['a-2022', 'd-2021', 'c-2020', 'b-none']);
  });

  it('sorts a newly clicked column ascending first, and reverses it on the next click', () => {
    expect(nextSort({ key: 'date', dir: 'desc' }, 'parties')).toEqual({ key: 'parties', dir: 'asc' });
    expect(nextSort({ key: 'parties', dir: 'asc' }, 'parties')).toEqual({ key: 'parties', dir: 'desc' });
    expect(nextSort({ key: 'parties', dir: 'desc' }, 'parties')).toEqual({ key: 'parties', dir: 'asc' });
    expect(nextSort({ key: 'date', dir: 'desc' }, 'date')).toEqual({ key: 'date', dir: 'asc' });
  });

  it('sorts by kind, field, parties and article, ties newest first', () => {
    expect(order('kind', 'desc')[0]).toBe('transport-three-year-plan');
    expect(order('field', 'asc')[0]).toBe('laixi-river-coordination');
    expect(order('parties', 'asc')).toHaveLength(rows.length);
    expect(new Set(order('article', 'asc'))).toEqual(new Set(rows.map((r) => r.id)));
  });

  it('sorts the parties as shown, in the interface language: in English the English names A–Z, then a body’s Chinese name', () => {
    const [a, b, c] = FIXTURE;
    const shown = [agreementRow(a!, new Map(), 'Yubei District, Shuangliu District'), agreementRow(b!, new Map(), '四川省侨联, Meishan City'), agreementRow(c!, new Map(), 'Dazu District, Meishan City')];
    expect(sortRows(shown, { key: 'parties', dir: 'asc' }, 'en').map((r) => r.parties)).toEqual(['Dazu District, Meishan City', 'Yubei District, Shuangliu District', '四川省侨联, Meishan City']);
    expect(sortRows(shown, { key: 'parties', dir: 'desc' }, 'en').map((r) => r.parties)).toEqual(['四川省侨联, Meishan City', 'Yubei District, Shuangliu District', 'Dazu District, Meishan City']);
    // The default row names the parties as the article does.
    expect(agreementRow(a!, new Map()).parties).toBe(a!.parties.map((p) => p.name).join('、'));
  });

  it('lists districts by their agreement count with the lines that cross them', () => {
    const square = (x: number, y: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
    const shapes = [
      { code: '500111', provinceCode: '500000', bbox: [105, 29, 106, 30] as [number, number, number, number], geometry: square(105, 29) },
      { code: '510521', provinceCode: '510000', bbox: [106, 29, 107, 30] as [number, number, number, number], geometry: square(106, 29) },
    ];
    const line = { type: 'Feature', properties: { id: 'l1' }, geometry: { type: 'LineString', coordinates: [[105.5, 29.5], [105.9, 29.5]] } } as unknown as TransportFeature;
    const lines = linesByDistrict([line], shapes);
    expect(lines.get('500111')).toEqual(['l1']);
    expect(lines.has('510521')).toBe(false);
    const index = indexAgreements(FIXTURE, new Map(FIXTURE_DISTRICTS.map((d) => [d.code, d])));
    const two = [
      { code: '510521', name: '泸县', nameEn: 'Luxian', prefectureCode: '510500', provinceCode: '510000' as const },
      { code: '500111', name: '大足区', nameEn: 'Dazu', prefectureCode: '500000', provinceCode: '500000' as const },
    ];
    const out = districtRows(two, index, lines, 'own');
    expect(out.map((r) => [r.code, r.agreements, r.lines])).toEqual([
      ['500111', 2, ['l1']],
      ['510521', 1, []],
    ]);
    // Counted with the prefecture's and the province's agreements, the table says what the count map shows.
    const all = districtRows(two, index, lines, 'all');
    const map = countsByDistrict(index, two, 'all');
    expect(all.map((r) => [r.code, r.agreements])).toEqual([...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
    expect(all.find((r) => r.code === '500111')!.agreements).toBe(4);
  });

  it('keeps the shown agreements of the whole sorted table in the order sorting them alone gives', () => {
    const all = indexAgreements(FIXTURE, new Map());
    const shown = subIndex(all, (_, a) => a.kind === 'plan' || a.domains.includes('ecology') || a.domains.includes('trade'));
    expect(shown.list.length).toBeGreaterThan(1);
    expect(shown.list.length).toBeLessThan(all.list.length);
    for (const key of SORT_KEYS)
      for (const dir of ['asc', 'desc'] as const) {
        const sortedAll = sortRows(all.list.map((a) => agreementRow(a, all.reportedYear)), { key, dir });
        const alone = sortRows(shown.list.map((a) => agreementRow(a, shown.reportedYear)), { key, dir });
        expect(keptRows(sortedAll, all, shown).map((r) => r.id)).toEqual(alone.map((r) => r.id));
      }
    const sortedAll = sortRows(all.list.map((a) => agreementRow(a, all.reportedYear)), { key: 'date', dir: 'desc' });
    expect(keptRows(sortedAll, all, all)).toBe(sortedAll);
  });
});
