import { describe, expect, it } from 'vitest';
import type { PlaceBook, PlaceInfo } from '../../agreements/places';
import { partyLabel } from './party-label';

const INFO: Record<string, PlaceInfo> = {
  '510800': { name: '广元市', nameEn: 'Guangyuan', anchor: null, districts: [] },
  '500117': { name: '合川区', nameEn: 'Hechuan District', anchor: null, districts: ['500117'] },
  '510000': { name: '四川省', nameEn: 'Sichuan', anchor: null, districts: [] },
  '500112': { name: '渝北区', nameEn: 'Yubei District', anchor: null, districts: ['500112'] },
};
const book: PlaceBook = { info: (p) => INFO[p.code] ?? null, entryDistrict: () => null };

describe('a party as the review names it', () => {
  it('is its Chinese name as the extractor found it, in Chinese', () => {
    expect(partyLabel({ name: '广元市', code: '510800', level: 'prefecture' }, book, 'zh')).toEqual({ name: '广元市', zh: null, of: null, side: '510000' });
  });

  it('is the place’s English name in English, with the Chinese beside it to find in the text', () => {
    expect(partyLabel({ name: '广元市', code: '510800', level: 'prefecture' }, book, 'en')).toEqual({ name: 'Guangyuan', zh: '广元市', of: null, side: '510000' });
    expect(partyLabel({ name: '合川区', code: '500117', level: 'county' }, book, 'en')).toEqual({ name: 'Hechuan District', zh: '合川区', of: null, side: '500000' });
  });

  it('keeps a body’s own name (it has no English one) and says in English where it belongs', () => {
    expect(partyLabel({ name: '四川省人力资源和社会保障厅', code: '510000', level: 'organisation' }, book, 'en')).toEqual({ name: '四川省人力资源和社会保障厅', zh: null, of: 'Sichuan', side: null });
  });

  it('names a new area in English by its sourced English name, the Chinese beside it, and where it is administered; one without keeps its Chinese', () => {
    expect(partyLabel({ name: '两江新区', code: '500112', level: 'new-area', codes: ['500112', '500105', '500109'] }, book, 'en')).toEqual({ name: 'Liangjiang New Area', zh: '两江新区', of: 'Yubei District', side: '500000' });
    expect(partyLabel({ name: '重庆空港工业园区', code: '500112', level: 'new-area' }, book, 'en')).toEqual({ name: '重庆空港工业园区', zh: null, of: 'Yubei District', side: '500000' });
    expect(partyLabel({ name: '两江新区', code: '500112', level: 'new-area' }, book, 'zh').name).toBe('两江新区');
  });

  it('keeps the found name when the code is unknown or missing', () => {
    expect(partyLabel({ name: '某某县', code: '519999', level: 'county' }, book, 'en')).toEqual({ name: '某某县', zh: null, of: null, side: '510000' });
    expect(partyLabel({ name: '某机构', code: null, level: 'organisation' }, book, 'en')).toEqual({ name: '某机构', zh: null, of: null, side: null });
  });

  it('says which side of the border a place below the provinces is on, and not for a province', () => {
    expect(partyLabel({ name: '合川区', code: '500117', level: 'county' }, book, 'zh').side).toBe('500000');
    expect(partyLabel({ name: '四川省', code: '510000', level: 'province' }, book, 'zh').side).toBeNull();
    expect(partyLabel({ name: '贵阳市', code: '520100', level: 'prefecture' }, book, 'zh').side).toBeNull();
  });
});
