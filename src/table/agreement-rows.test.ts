import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { indexAgreements } from '../data/agreements';
import { FIXTURE, FIXTURE_DISTRICTS } from '../agreements/fixture';
import type { TransportFeature } from '../data/transport';
import { agreementRow, districtRows, linesByDistrict, sortRows } from './agreement-rows';

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

  it('sorts by kind, field, parties and article, ties newest first', () => {
    expect(order('kind', 'desc')[0]).toBe('transport-three-year-plan');
    expect(order('field', 'asc')[0]).toBe('laixi-river-coordination');
    expect(order('parties', 'asc')).toHaveLength(rows.length);
    expect(new Set(order('article', 'asc'))).toEqual(new Set(rows.map((r) => r.id)));
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
    const out = districtRows(
      [
        { code: '510521', name: '泸县', nameEn: 'Luxian' },
        { code: '500111', name: '大足区', nameEn: 'Dazu' },
      ],
      index,
      lines,
    );
    expect(out.map((r) => [r.code, r.agreements, r.lines])).toEqual([
      ['500111', 2, ['l1']],
      ['510521', 1, []],
    ]);
  });
});
