import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDistricts } from '../data/districts';
import { districtsFile } from '../data/schemas';
import { searchDistricts } from './district-search';
import { districtsLead } from './result-order';
import { adminLabelsFile } from '../data/schemas';
import { prefectureNames } from './prefecture-names';

const { list } = indexDistricts(districtsFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/districts.geojson'), 'utf8'))));
const prefectures = prefectureNames(adminLabelsFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/admin-labels.geojson'), 'utf8'))));
const lead = (q: string) => districtsLead(searchDistricts(list, q, prefectures));

describe('districtsLead', () => {
  it('puts districts first when the query is a district name, short name or pinyin (or starts one), or a whole prefecture name', () => {
    for (const q of ['荣昌', '荣昌区', '永川', 'yongchuan', 'rongch', 'Dazu District', '眉山市', '眉山', 'Meishan', 'Chengdu City', 'chongqing']) expect(lead(q), q).toBe(true);
  });

  it('leaves transport projects first for a project name, a match inside a name or initials', () => {
    for (const q of ['成渝中线', '高速', '昌区', 'dz', 'my', 'mianya']) expect(lead(q), q).toBe(false);
  });
});
