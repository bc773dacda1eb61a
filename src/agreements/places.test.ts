import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDistricts } from '../data/districts';
import { adminLabelsFile, districtsFile } from '../data/schemas';
import { placeBook } from './places';

const read = (f: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata', f), 'utf8'));
const districts = indexDistricts(districtsFile.parse(read('districts.geojson')));
const labels = adminLabelsFile.parse(read('admin-labels.geojson'));
const book = placeBook(districts.list, labels);
const labelOf = (code: string) => districts.byCode.get(code)!.label;

describe('province anchors', () => {
  it('draws 四川省 at its government seat in 成都 (锦江区), not at its label point in 甘孜', () => {
    const info = book.info({ level: 'province', code: '510000' })!;
    expect(info.anchor).toEqual(labelOf('510104'));
    expect(info.seat).toBe('510104');
    // The anchor lies in 成都's plain, east of 104°E; the province's label point lies west of 102°E.
    expect(info.anchor![0]).toBeGreaterThan(103.5);
  });

  it('draws 重庆市 at the district hosting the municipal government (渝中区)', () => {
    const info = book.info({ level: 'province', code: '500000' })!;
    expect(info.anchor).toEqual(labelOf('500103'));
    expect(info.seat).toBe('500103');
  });

  it('keeps a prefecture at its label point and a district at its own', () => {
    const pref = labels.features.find((f) => f.properties.level === 'prefecture' && f.properties.code === '511400')!;
    expect(book.info({ level: 'prefecture', code: '511400' })!.anchor).toEqual(pref.geometry.coordinates);
    expect(book.info({ level: 'district', code: '500111' })!.anchor).toEqual(labelOf('500111'));
  });
});
