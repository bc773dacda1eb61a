import { describe, expect, it } from 'vitest';
import { indexAgreements } from '../data/agreements';
import type { Agreement } from '../data/agreement-schema';
import { FIXTURE, FIXTURE_DISTRICTS } from './fixture';
import { partyNames } from './party-names';
import type { PlaceBook } from './places';

const NAMES: Record<string, [string, string]> = { '500112': ['渝北区', 'Yubei District'], '500111': ['大足区', 'Dazu District'], '511400': ['眉山市', 'Meishan City'], '510000': ['四川省', 'Sichuan Province'] };
const book = {
  info: (p: { level: string; code: string }) => {
    const n = NAMES[p.code];
    return n ? { name: n[0], nameEn: n[1], anchor: null, districts: [p.code] } : null;
  },
} as unknown as PlaceBook;
const named = (a: Agreement, lang: 'zh' | 'en') => partyNames(a, indexAgreements([a], new Map(FIXTURE_DISTRICTS.map((d) => [d.code, d]))), book, lang);

describe("an agreement's parties as the table names them", () => {
  it("names a district, prefecture or province by the atlas's name in the interface language", () => {
    const a = FIXTURE[0]!;
    expect(a.parties.map((p) => p.name)).toEqual(['大足', '眉山']);
    expect(named(a, 'en')).toEqual([
      { text: 'Dazu District', own: false },
      { text: 'Meishan City', own: false },
    ]);
    // In Chinese the atlas's full name, as the panels give it, not the article's short form.
    expect(named(a, 'zh').map((p) => p.text)).toEqual(['大足区', '眉山市']);
    const province = { ...a, parties: [{ name: '四川省', code: '510000', level: 'province' as const }, a.parties[0]!] };
    expect(named(province, 'en').map((p) => p.text)).toEqual(['Sichuan Province', 'Dazu District']);
  });

  it('keeps a body’s own Chinese name, and a place the atlas does not know, marked as its own', () => {
    const a = FIXTURE[0]!;
    const body = { ...a, parties: [{ name: '四川省侨联', code: '510000', level: 'organisation' as const }, { name: '某协会', code: null, level: 'organisation' as const }, a.parties[1]!] };
    expect(named(body, 'en')).toEqual([
      { text: '四川省侨联', own: true },
      { text: '某协会', own: true },
      { text: 'Meishan City', own: false },
    ]);
    // A district the map's data lacks (the book knows no name for it): the article's name, not a code.
    const unknownPlace = { ...a, parties: [{ name: '荣昌', code: '500153', level: 'county' as const }] };
    expect(named(unknownPlace, 'en')).toEqual([{ text: '荣昌', own: true }]);
  });

  it('names a new area by its sourced English name, in Chinese by its own', () => {
    const a = FIXTURE[0]!;
    const area = { ...a, parties: [{ name: '两江新区', code: '500112', level: 'new-area' as const }, a.parties[1]!] };
    expect(named(area, 'en')).toEqual([
      { text: 'Liangjiang New Area', own: false },
      { text: 'Meishan City', own: false },
    ]);
    expect(named(area, 'zh')[0]).toEqual({ text: '两江新区', own: true });
    // The part a new area signed as, by the district's English name.
    const part = { ...a, parties: [{ name: '川渝高竹新区（渝北区部分）', code: '500112', level: 'new-area' as const }] };
    expect(named(part, 'en')[0]!.text).toBe('Sichuan-Chongqing Gaozhu New Area (Yubei District part)');
  });
});
