import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeBook } from '../agreements/places';
import { indexDistricts } from '../data/districts';
import { adminLabelsFile, districtsFile } from '../data/schemas';
import { STRINGS as strings } from '../i18n/strings';
import { parentName } from './DistrictName';

const read = (f: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata', f), 'utf8'));
const districts = indexDistricts(districtsFile.parse(read('districts.geojson')));
const book = placeBook(districts.list, adminLabelsFile.parse(read('admin-labels.geojson')));
const d = (code: string) => districts.byCode.get(code)!;

describe('parentName', () => {
  it('names the municipality for a Chongqing district, in either language', () => {
    expect(parentName(d('500111'), 'zh', strings.zh.provinceName, book)).toBe('重庆市');
    expect(parentName(d('500111'), 'en', strings.en.provinceName, book)).toBe('Chongqing');
  });

  it('names a Sichuan district’s prefecture in the current language', () => {
    expect(parentName(d('511402'), 'zh', strings.zh.provinceName, book)).toBe('眉山市');
    expect(parentName(d('511402'), 'en', strings.en.provinceName, book)).toBe('Meishan City');
  });

  it('falls back to the Chinese name while the place book has no English one', () => {
    expect(parentName(d('511402'), 'en', strings.en.provinceName, null)).toBe('眉山市');
  });
});
