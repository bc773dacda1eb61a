import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementsFile } from '../data/agreement-schema';
import { indexAgreements, placeKey } from '../data/agreements';
import { en, zh } from '../i18n/strings';
import { partyName } from './new-areas';
import { pairPlaceLabels } from './place-label';
import type { PlaceBook } from './places';
import { networkLinks, pairAgreements, partnersOf, viaAreasOf } from './selectors';

/** The atlas's own data, as the app indexes it: the planner's findings are about these agreements. */
const root = join(import.meta.dirname, '../..');
const features = JSON.parse(readFileSync(join(root, 'geodata/districts.geojson'), 'utf8')).features as { properties: { code: string; name: string; name_en: string; prefecture_code: string; province_code: string } }[];
const districts = new Map(features.map(({ properties: p }) => [p.code, { code: p.code, prefectureCode: p.prefecture_code, provinceCode: p.province_code }]));
const names = new Map(features.map(({ properties: p }) => [p.code, p]));
const index = indexAgreements(agreementsFile.parse(JSON.parse(readFileSync(join(root, 'geodata/agreements.json'), 'utf8'))).agreements, districts);
const book: PlaceBook = {
  info: (p) => {
    const d = names.get(p.code);
    return { name: d?.name ?? p.code, nameEn: d?.name_en ?? p.code, anchor: null, districts: [] };
  },
  entryDistrict: () => null,
};
const partner = (code: string, of: string) => partnersOf(index, code).find((p) => p.key === placeKey({ level: 'district', code: of }))!;

describe('how a district takes part through new areas (双流区, 渝北区)', () => {
  it('counts every agreement 双流区 signs through a new area, by area, and says which count here', () => {
    const via = viaAreasOf(index, '510116');
    expect(via.count).toBe(index.byDistrict.get('510116')!.length);
    expect(via.areas.map((a) => [a.area, a.here])).toEqual([
      ['四川天府新区', true],
      ['西部（成都）科学城', true],
      ['成都高新区', false],
    ]);
    expect(via.areas.find((a) => a.area === '成都高新区')!.main).toBe('510107');
    expect(zh.ownViaNote(via.count, index.byDistrict.get('510116')!.length, '四川天府新区 10 项', '成都高新区 1 项（武侯区）')).toMatch(/^13 项全部经由新区/);
  });

  it('names a partner by the party that signed there: the new area with its district, a body in it, a part of 高竹新区 as that part', () => {
    const sl = partner('500112', '510116');
    expect([sl.bodies, sl.itself, sl.selfAreas]).toEqual([['四川天府新区'], false, ['两江新区']]);
    const jb = partner('500112', '500105');
    expect(jb.bodies).toEqual(['果园港']);
    expect(jb.selfAreas).toEqual(['两江新区']);
    const ls = partner('500112', '511623');
    expect(ls.bodies).toContain('川渝高竹新区（邻水县部分）');
    // 邻水县's panel: 渝北区 signed itself; its part of 高竹新区 is the same new area, not a partner.
    expect(partner('511623', '500112').bodies).not.toContain('川渝高竹新区（渝北区部分）');
  });
});

describe('the network ranking', () => {
  it('names each pair by the parties that signed, never a new area with its own part, and 重庆高新区 and 成都高新区 apart', () => {
    const labels = networkLinks(index).map((l) => pairPlaceLabels(index, [l.a, l.b], pairAgreements(index, l.a, l.b), book, 'zh', zh).join(' — '));
    // 两江新区 with its own port: named by both, not as 江北区 — 渝北区.
    expect(labels).toContain('果园港（江北区） — 两江新区（渝北区）');
    expect(labels).not.toContain('江北区 — 渝北区');
    // 高竹新区's two parts signed together are one party: neither end names the part that pairs only with the other part.
    const gaozhu = labels.find((l) => l.includes('川渝高竹新区（邻水县部分）'))!;
    expect(gaozhu).toBe('渝北区、两江新区 — 邻水县、川渝高竹新区（邻水县部分）');
    expect(labels.some((l) => /(^|[^庆都])高新区/.test(l))).toBe(false);
    expect(labels.some((l) => l.includes('重庆高新区（九龙坡区）'))).toBe(true);
  });

  it('names new areas in English by their sourced names, each part of 高竹新区 as that part', () => {
    expect(partyName({ name: '川渝高竹新区（渝北区部分）', level: 'new-area' }, 'en', book)).toBe('Sichuan-Chongqing Gaozhu New Area (Yubei District part)');
    expect(partyName({ name: '川渝高竹新区（邻水县部分）', level: 'new-area' }, 'en', book)).toBe('Sichuan-Chongqing Gaozhu New Area (Linshui County part)');
    expect(partyName({ name: '重庆高新区', level: 'new-area' }, 'en')).toBe('Chongqing High-tech Zone');
    const labels = networkLinks(index).flatMap((l) => pairPlaceLabels(index, [l.a, l.b], pairAgreements(index, l.a, l.b), book, 'en', en));
    expect(labels.filter((l) => /高新区/.test(l))).toEqual([]);
  });
});
