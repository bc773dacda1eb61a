import { describe, expect, it } from 'vitest';
import type { PlaceBook, PlaceInfo } from '../../agreements/places';
import { partyLabel } from './party-label';

const INFO: Record<string, PlaceInfo> = {
  '510800': { name: '广元市', nameEn: 'Guangyuan', anchor: null, districts: [] },
  '500117': { name: '合川区', nameEn: 'Hechuan District', anchor: null, districts: ['500117'] },
  '510000': { name: '四川省', nameEn: 'Sichuan', anchor: null, districts: [] },
};
const book: PlaceBook = { info: (p) => INFO[p.code] ?? null, entryDistrict: () => null };

describe('a party as the review names it', () => {
  it('is its Chinese name as the extractor found it, in Chinese', () => {
    expect(partyLabel({ name: '广元市', code: '510800', level: 'prefecture' }, book, 'zh')).toEqual({ name: '广元市', zh: null, of: null });
  });

  it('is the place’s English name in English, with the Chinese beside it to find in the text', () => {
    expect(partyLabel({ name: '广元市', code: '510800', level: 'prefecture' }, book, 'en')).toEqual({ name: 'Guangyuan', zh: '广元市', of: null });
    expect(partyLabel({ name: '合川区', code: '500117', level: 'county' }, book, 'en')).toEqual({ name: 'Hechuan District', zh: '合川区', of: null });
  });

  it('keeps a body’s own name (it has no English one) and says in English where it belongs', () => {
    expect(partyLabel({ name: '四川省人力资源和社会保障厅', code: '510000', level: 'organisation' }, book, 'en')).toEqual({ name: '四川省人力资源和社会保障厅', zh: null, of: 'Sichuan' });
  });

  it('keeps the found name when the code is unknown or missing', () => {
    expect(partyLabel({ name: '某某县', code: '519999', level: 'county' }, book, 'en')).toEqual({ name: '某某县', zh: null, of: null });
    expect(partyLabel({ name: '某机构', code: null, level: 'organisation' }, book, 'en')).toEqual({ name: '某机构', zh: null, of: null });
  });
});
