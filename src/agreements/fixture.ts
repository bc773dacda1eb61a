import fixture from '../test-fixtures/agreements.fixture.json';
import { agreementsFile } from '../data/agreement-schema';
import type { District } from '../data/districts';

/** The hand-made fixture, validated as the app validates the real file. */
export const FIXTURE = agreementsFile.parse(fixture).agreements;

/** The districts the fixture names, with their real codes, prefectures and provinces (from geodata/districts.geojson). */
export const FIXTURE_DISTRICTS: Pick<District, 'code' | 'prefectureCode' | 'provinceCode'>[] = [
  { code: '500111', prefectureCode: '500000', provinceCode: '500000' }, // 大足区
  { code: '500153', prefectureCode: '500000', provinceCode: '500000' }, // 荣昌区
  { code: '500112', prefectureCode: '500000', provinceCode: '500000' }, // 渝北区
  { code: '500105', prefectureCode: '500000', provinceCode: '500000' }, // 江北区
  { code: '500109', prefectureCode: '500000', provinceCode: '500000' }, // 北碚区
  { code: '510521', prefectureCode: '510500', provinceCode: '510000' }, // 泸县
  { code: '510116', prefectureCode: '510100', provinceCode: '510000' }, // 双流区
  { code: '511402', prefectureCode: '511400', provinceCode: '510000' }, // 东坡区
  { code: '511421', prefectureCode: '511400', provinceCode: '510000' }, // 仁寿县
];
