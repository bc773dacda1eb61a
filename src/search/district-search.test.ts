import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDistricts } from '../data/districts';
import { districtsFile } from '../data/schemas';
import { searchDistricts } from './district-search';
import { fold } from './normalise';
import { adminLabelsFile } from '../data/schemas';
import { prefectureNames } from './prefecture-names';

const { list } = indexDistricts(districtsFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/districts.geojson'), 'utf8'))));
const prefectures = prefectureNames(adminLabelsFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/admin-labels.geojson'), 'utf8'))));
const first = (q: string) => searchDistricts(list, q)[0]?.district.name;
const found = (q: string) => searchDistricts(list, q, prefectures).map((h) => h.district);

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

  it('reads a one-character name with its unit, as people say it (忠县 zhongxian, zx), and only those', () => {
    expect(first('zhongxian')).toBe('忠县');
    expect(first('gaoxian')).toBe('高县');
    expect(first('luxian')).toBe('泸县');
    expect(searchDistricts(list, 'zx').map((h) => h.district.name)).toContain('忠县');
    // 大足区 is found as dazu, not as dazuqu.
    expect(searchDistricts(list, 'dazuqu')).toEqual([]);
  });

  it('finds no district by two letters that only fall inside its run-together pinyin or English name', () => {
    // "sc" is in "…AutonomousCounty", not the start of any word of it.
    expect(searchDistricts(list, 'sc').map((h) => h.district.name)).not.toContain('石柱土家族自治县');
    expect(first('ShiZhu')).toBe('石柱土家族自治县');
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

  it('finds a prefecture’s districts by its pinyin, English name or initials as by its Chinese name, the prefecture’s own districts first', () => {
    const of = (code: string) => list.filter((d) => d.prefectureCode === code).map((d) => d.code);
    for (const [q, code] of [
      ['Mianyang', '510700'],
      ['mianyang city', '510700'],
      ['绵阳', '510700'],
      ['Chengdu', '510100'],
      ['Chéngdū', '510100'],
      ['Chongqing', '500000'],
      ['Ya’an', '511800'],
    ] as const) {
      const codes = found(q).map((d) => d.code);
      expect(codes.slice(0, of(code).length), q).toEqual(of(code));
    }
    // Meishan: its six districts, then 峨眉山市 (Emeishan, another prefecture's) after them; 眉山 the same.
    for (const q of ['Meishan', 'meishan', '眉山']) {
      const names = found(q).map((d) => d.name);
      expect(names.slice(0, 6).sort(), q).toEqual(list.filter((d) => d.prefecture === '眉山市').map((d) => d.name).sort());
      expect(names.slice(6), q).toEqual(['峨眉山市']);
    }
    // Initials: my for 绵阳, after the districts whose own initials they are.
    const my = found('my');
    expect(my.map((d) => d.code)).toEqual(expect.arrayContaining(of('510700')));
    const lastOwn = my.findLastIndex((d) => d.prefectureCode !== '510700');
    expect(my.slice(lastOwn + 1).every((d) => d.prefectureCode === '510700')).toBe(true);
    expect(my.length).toBeGreaterThan(of('510700').length);
  });

  it('puts a district named exactly before the other districts of the prefecture of that name (广安区 before 广安市’s others, 阿坝县 before 阿坝州’s)', () => {
    for (const [q, name, prefecture] of [
      ['guangan', '广安区', '广安市'],
      ['广安', '广安区', '广安市'],
      ['Aba', '阿坝县', '阿坝藏族羌族自治州'],
    ] as const) {
      const hits = found(q);
      const count = list.filter((d) => d.prefecture === prefecture).length;
      expect(hits[0]?.name, q).toBe(name);
      expect(hits.slice(1, count).every((d) => d.prefecture === prefecture), q).toBe(true);
    }
  });

  it('returns everything for an empty query and nothing for nonsense', () => {
    expect(searchDistricts(list, '  ')).toHaveLength(221);
    expect(searchDistricts(list, 'zzzzqqq')).toHaveLength(0);
  });

  it('folds tones, case, spaces and apostrophes', () => {
    expect(fold("Nán'àn Qū")).toBe('nananqu');
  });
});
