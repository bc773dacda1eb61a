import { describe, expect, it } from 'vitest';
import { indexAgreements } from '../data/agreements';
import { AREA_ALIASES } from '../extract/aliases';
import { en, zh } from '../i18n/strings';
import { FIXTURE, FIXTURE_DISTRICTS } from './fixture';
import { NEW_AREAS, newAreaAgreements, newAreaById, newAreaName, newAreaOfParty, newAreaPartners, partyName } from './new-areas';
import { NEW_AREA_NAMES } from './new-area-names';
import { pairPlaceLabels } from './place-label';
import { placeBook } from './places';
import { newAreasAt, partnersOf } from './selectors';

const byCode = new Map(FIXTURE_DISTRICTS.map((d) => [d.code, d]));
const index = indexAgreements(FIXTURE, byCode);
const liangjiang = newAreaById('liangjiang')!;

describe('the new areas', () => {
  it('are every new area of the extractor’s table, each with one lasting id, pinyin and its districts from that table', () => {
    const aliases = AREA_ALIASES.filter((a) => a.level === 'new-area');
    expect(NEW_AREAS.map((a) => a.zh)).toEqual(aliases.map((a) => a.zh));
    expect(Object.keys(NEW_AREA_NAMES).sort()).toEqual(aliases.map((a) => a.zh).sort());
    expect(new Set(NEW_AREAS.map((a) => a.id)).size).toBe(NEW_AREAS.length);
    for (const a of NEW_AREAS) {
      expect(a.id).toMatch(/^[a-z0-9-]{1,60}$/);
      expect(a.pinyin).toMatch(/^[\p{Script=Latin} ()'-]+$/u);
      const alias = aliases.find((x) => x.zh === a.zh)!;
      expect([a.main, ...a.others]).toEqual(alias.codes);
      expect(a.source).toBe(alias.source);
    }
  });

  it('have an English name only with the public page that uses it; without one the Chinese is shown and the data says why', () => {
    expect(liangjiang).toMatchObject({ en: 'Liangjiang New Area', main: '500112', others: ['500105', '500109'] });
    expect(newAreaById('tianfu')!.en).toBe('Sichuan Tianfu New Area');
    for (const a of NEW_AREAS) {
      if (a.en) expect(a.enSource, a.zh).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}\//);
      else expect(a.enSource, a.zh).toContain('no public page with an English name');
      expect(newAreaName(a, 'en')).toBe(a.en ?? a.zh);
      expect(newAreaName(a, 'zh')).toBe(a.zh);
    }
  });

  it('are told from the name a party signed under: with its province, or as a part of it', () => {
    expect(newAreaOfParty({ name: '两江新区', level: 'new-area' })).toBe(liangjiang);
    expect(newAreaOfParty({ name: '重庆两江新区', level: 'new-area' })).toBe(liangjiang);
    expect(newAreaOfParty({ name: '天府新区', level: 'new-area' })?.id).toBe('tianfu');
    expect(newAreaOfParty({ name: '川渝高竹新区（渝北区部分）', level: 'new-area' })?.id).toBe('gaozhu');
    expect(newAreaOfParty({ name: '两江新区', level: 'county' })).toBeUndefined();
    expect(partyName({ name: '天府新区', level: 'new-area' }, 'en')).toBe('Sichuan Tianfu New Area');
    expect(partyName({ name: '天府新区', level: 'new-area' }, 'zh')).toBe('天府新区');
    expect(partyName({ name: '成都经开区', level: 'new-area' }, 'en')).toBe('Chengdu Economic & Technological Development Zone');
    // (An area no public page names in English keeps its Chinese name in English too.)
    expect(partyName({ name: '万盛经开区', level: 'new-area' }, 'en')).toBe('万盛经开区');
  });

  it('name a port that signed by its English name in English (the map’s hub and the titles say Guoyuan Port), other bodies as they signed', () => {
    expect(partyName({ name: '果园港', level: 'organisation' }, 'en')).toBe('Guoyuan Port');
    expect(partyName({ name: '宜宾港', level: 'organisation' }, 'en')).toBe('Yibin Port');
    expect(partyName({ name: '果园港', level: 'organisation' }, 'zh')).toBe('果园港');
    expect(partyName({ name: '四川港投新通道公司', level: 'organisation' }, 'en')).toBe('四川港投新通道公司');
  });

  it('have their own agreements and partners by the district panel’s rule: the other party at its main district, none of its own districts', () => {
    expect(newAreaAgreements(index, liangjiang).map((a) => a.id)).toEqual(['liangjiang-tianfu-gateway']);
    const partners = newAreaPartners(index, liangjiang);
    expect(partners.map((p) => p.key)).toEqual(['d:510116']);
    // The same partner the main district's panel lists for that agreement.
    expect(partnersOf(index, '500112').find((p) => p.key === 'd:510116')!.agreements).toEqual(partners[0]!.agreements);
    expect(newAreaPartners(index, newAreaById('gaozhu')!)).toEqual([]);
  });

  it('do not list a party inside their own districts as a partner (果园港 in 江北区 for 两江新区), but keep its agreement', () => {
    const gateway = FIXTURE.find((a) => a.id === 'liangjiang-tianfu-gateway')!;
    const port = { ...gateway, id: 'liangjiang-guoyuan', parties: [gateway.parties[0]!, { name: '果园港', code: '500105', level: 'organisation' as const }, { name: '泸县', code: '510521', level: 'county' as const }] };
    const withPort = indexAgreements([...FIXTURE, port], byCode);
    expect(newAreaAgreements(withPort, liangjiang).map((a) => a.id).sort()).toEqual(['liangjiang-guoyuan', 'liangjiang-tianfu-gateway']);
    expect(newAreaPartners(withPort, liangjiang).map((p) => p.key).sort()).toEqual(['d:510116', 'd:510521']);
    // The district panel of 渝北区 still lists 江北区 (it is not a new area's own panel).
    expect(partnersOf(withPort, '500112').map((p) => p.key)).toContain('d:500105');
  });

  it('are named in English by their English names where a pair or a network link names them', () => {
    const districts = FIXTURE_DISTRICTS.map((d) => ({ ...d, name: d.code, nameEn: `E${d.code}`, label: [0, 0] as [number, number] })) as never;
    const book = placeBook(districts, null);
    const list = newAreaAgreements(index, liangjiang);
    expect(newAreasAt(index, 'd:500112', list).names).toEqual(['两江新区']);
    expect(pairPlaceLabels(index, ['d:500112', 'd:510116'], list, book, 'en', en)).toEqual(['Liangjiang New Area (E500112)', 'Sichuan Tianfu New Area (E510116)']);
    expect(pairPlaceLabels(index, ['d:500112', 'd:510116'], list, book, 'zh', zh)).toEqual(['两江新区（500112）', '四川天府新区（510116）']);
  });
});
