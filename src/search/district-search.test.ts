import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDistricts } from '../data/districts';
import { districtsFile } from '../data/schemas';
import { searchDistricts } from './district-search';
import { fold } from './normalise';

const { list } = indexDistricts(districtsFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/districts.geojson'), 'utf8'))));
const first = (q: string) => searchDistricts(list, q)[0]?.district.name;

describe('searchDistricts', () => {
  it('finds by Chinese name, short name, pinyin with or without tones, English and code', () => {
    expect(first('大足区')).toBe('大足区');
    expect(first('大足')).toBe('大足区');
    expect(first('dazu')).toBe('大足区');
    expect(first('Dàzú')).toBe('大足区');
    expect(first('DAZU DISTRICT')).toBe('大足区');
    expect(first('500111')).toBe('大足区');
    expect(first("nan'an")).toBe('南岸区');
  });

  it('finds by pinyin initials', () => {
    expect(first('dz')).toBe('大足区');
    const qj = searchDistricts(list, 'qj').map((h) => h.district.name);
    expect(qj).toContain('綦江区');
    expect(qj).toContain('黔江区');
  });

  it('ranks exact and prefix matches above matches inside a name', () => {
    const names = searchDistricts(list, '江北').map((h) => h.district.name);
    expect(names[0]).toBe('江北区');
  });

  it('lists the districts of a prefecture first when searched by the prefecture', () => {
    const hits = searchDistricts(list, '眉山市').map((h) => h.district);
    expect(hits.slice(0, 6).every((d) => d.prefecture === '眉山市')).toBe(true);
    expect(hits.slice(6).map((d) => d.name)).toEqual(['峨眉山市']);
  });

  it('returns everything for an empty query and nothing for nonsense', () => {
    expect(searchDistricts(list, '  ')).toHaveLength(221);
    expect(searchDistricts(list, 'zzzzqqq')).toHaveLength(0);
  });

  it('folds tones, case, spaces and apostrophes', () => {
    expect(fold("Nán'àn Qū")).toBe('nananqu');
  });
});
