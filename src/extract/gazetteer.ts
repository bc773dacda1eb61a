import type { PartyLevel } from '../data/agreement-vocab';
import townsFile from '../../geodata/towns.json';
import type { GazAdmin, GazDistrict } from '../data/extract-protocol';
import { AREA_ALIASES, BODY_STEMS, COMPOUND_ALIASES, KNOWN_BODIES, PROVINCE_ALIASES } from './aliases';

export type { GazAdmin, GazDistrict };

/** One resolved party: what a name in the text stands for. */
export interface Place {
  zh: string;
  en: string;
  level: PartyLevel;
  /** Primary code (district, prefecture or province); null for a body of no known place. */
  code: string | null;
  /** For a new area or a body of both provinces: every code it stands for. */
  codes: string[];
  /** The province(s) it belongs to, for the "crosses the line" test. */
  provinces: string[];
  /** Named by a generic word (两地交通部门): the party takes its canonical name. */
  generic?: boolean;
  /** A stand-in the article does not name (我区 in an article that never says which district): said to be a guess. */
  guess?: boolean;
  /**
   * A town, township or subdistrict: `codes` are the counties that have one of this name; the
   * article says which (see `resolveTowns`). Until then `code` is null.
   */
  town?: boolean;
  /** A compound's member that joined later (明月山's 长寿区): a member from this date (YYYY-MM-DD) on. */
  since?: string;
}

export interface Gazetteer {
  /** Surface form → what it names; longest forms are matched first. */
  names: Map<string, Place[]>;
  longest: number;
  /** For each first character, the lengths of the names that start with it, longest first. */
  lengthsByFirst: Map<string, number[]>;
  /** The first two characters of every name of two or more (most places in a text start none). */
  pairs: Set<string>;
  /** Whether some name is a single character (then a position no pair starts may still start one). */
  singles: boolean;
  districts: Map<string, GazDistrict>;
  /** Every place by its Chinese name, and non-bodies by level and code: for titles. */
  byZh: Map<string, Place>;
  byCode: Map<string, Place>;
  provinceOf: (code: string) => string | null;
  /** The places that hold a code, itself first: a district, its prefecture, its province. */
  within: (code: string) => string[];
  /** Districts whose short name is an everyday word (江北, 长寿): read only as an item of a list of places. */
  listShorts: Map<string, Place>;
}

const PROVINCE_EN: Record<string, string> = { '500000': 'Chongqing', '510000': 'Sichuan' };
const PROVINCE_ZH: Record<string, string> = { '500000': '重庆市', '510000': '四川省' };

/** One-character district stems that are everyday words; they match only with their suffix. */
const VARIANT_NAMES: [string, string][] = [
  ['壁山区', '500120'], ['壁山', '500120'], ['开县', '500154'], ['郫县', '510117'], ['达县', '511703'], ['双桥区', '500111'],
];
const AMBIGUOUS_SHORT = new Set(['市中', '东区', '西区', '南岸', '江北', '长寿', '中江', '通江', '青川', '高坪', '顺庆', '东坡', '大竹', '平昌', '荣县', '珙县']);

/** Bodies that, after a district's short name, can only be that district's. */
const COUNTY_BODIES: [string, string][] = [['人民法院', 'court'], ['法院', 'court'], ['人民检察院', 'procuratorate'], ['检察院', 'procuratorate'], ['公安分局', 'police'], ['司法局', 'justice bureau']];

export function buildGazetteer(districts: readonly GazDistrict[], admin: readonly GazAdmin[]): Gazetteer {
  const names = new Map<string, Place[]>();
  const listShorts = new Map<string, Place>();
  const add = (name: string, place: Place, replace = false) => {
    if (name.length < 1) return;
    const list = replace ? [] : (names.get(name) ?? []);
    if (!list.some((p) => p.code === place.code && p.level === place.level)) list.push(place);
    names.set(name, list);
  };
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const provinceOf = (code: string): string | null => {
    if (code === '500000' || code === '510000') return code;
    const d = byCode.get(code);
    if (d) return d.province_code;
    if (code.startsWith('50')) return '500000';
    if (code.startsWith('51')) return '510000';
    return null;
  };

  for (const a of admin.filter((x) => x.level === 'prefecture')) {
    const place: Place = { zh: a.name, en: a.short_en, level: 'prefecture', code: a.code, codes: [a.code], provinces: ['510000'] };
    add(a.name, place);
    add(a.short, place);
  }
  for (const d of districts) {
    const en = d.name_en.replace(/ (District|County|City|Autonomous County)$/, '');
    const place: Place = { zh: d.name, en: d.name_en, level: 'county', code: d.code, codes: [d.code], provinces: [d.province_code] };
    add(d.name, place, true);
    // Two-character names such as 泸县 keep their suffix; a stem that is also a prefecture's
    // short name (广安) is read as the prefecture, which the articles mean far more often.
    if (d.short !== d.name && d.short.length >= 2 && !AMBIGUOUS_SHORT.has(d.short) && !names.has(d.short)) add(d.short, place);
    if (AMBIGUOUS_SHORT.has(d.short)) listShorts.set(d.short, place);
    void en;
  }
  // Two districts share the name 市中区 (内江's and 乐山's), so the bare name can only keep one; with its
  // prefecture before it (内江市市中区, 内江市中区) it is that prefecture's, and one place, not two.
  const fullNames = new Map<string, number>();
  for (const d of districts) fullNames.set(d.name, (fullNames.get(d.name) ?? 0) + 1);
  const prefectureShort = new Map(admin.filter((x) => x.level === 'prefecture').map((a) => [a.code, a.short]));
  for (const d of districts.filter((x) => (fullNames.get(x.name) ?? 0) > 1)) {
    const place: Place = { zh: `${d.prefecture}${d.name}`, en: d.name_en, level: 'county', code: d.code, codes: [d.code], provinces: [d.province_code] };
    for (const qualifier of new Set([d.prefecture, prefectureShort.get(d.prefecture_code) ?? d.prefecture])) add(qualifier + d.name, place, true);
  }
  // A county's zones (长寿经开区, 璧山高新区) and its name before it became a district or a city
  // (荣昌县, 射洪县): the suffix makes even an everyday stem (长寿) a name.
  for (const d of districts) {
    if (d.short.length < 2 || d.short === d.name) continue;
    const place: Place = { zh: d.name, en: d.name_en, level: 'county', code: d.code, codes: [d.code], provinces: [d.province_code] };
    for (const zone of ['经开区', '高新区', '工业园区']) if (!names.has(d.short + zone)) add(d.short + zone, place);
    if (/[区市]$/u.test(d.name) && !AMBIGUOUS_SHORT.has(d.short) && !names.has(`${d.short}县`)) add(`${d.short}县`, place);
    // 东坡法院, 江北检察院: a court or procuratorate makes even an everyday stem (东坡, 江北) its district's body.
    if (AMBIGUOUS_SHORT.has(d.short))
      for (const [body, en] of COUNTY_BODIES) if (!names.has(d.short + body)) add(d.short + body, { ...place, zh: d.short + body, en: `${d.name_en} ${en}`, level: 'organisation' });
  }
  // A district by a common variant of its name (壁山 for 璧山) or its name before a merger or renaming
  // (开县 → 开州区 2016, 郫县 → 郫都区 2016, 达县 → 达川区 2013, 双桥区 → 大足区 2011).
  for (const [variant, code] of VARIANT_NAMES) {
    const d = byCode.get(code);
    if (d && !names.has(variant)) add(variant, { zh: d.name, en: d.name_en, level: 'county', code: d.code, codes: [d.code], provinces: [d.province_code] });
  }
  const province = (c: string): Place => ({ zh: PROVINCE_ZH[c]!, en: PROVINCE_EN[c]!, level: 'province', code: c, codes: [c], provinces: [c] });
  for (const p of PROVINCE_ALIASES) for (const n of p.names) add(n, province(p.codes[0]!), true);
  // One table, one rule: a new area or zone is one party coded by its main district, with every
  // district it lies in listed (aliases.ts says where each composition is stated).
  for (const a of AREA_ALIASES) {
    const provinces = [...new Set(a.codes.map(provinceOf).filter((x): x is string => x !== null))];
    const place: Place = { zh: a.zh, en: a.en, level: a.level, code: a.codes[0]!, codes: [...a.codes], provinces };
    // A zone across the line (川渝高竹新区) is both sides' own: one party on each side, by its district there.
    const sides = provinces.length > 1 ? provinces.map((pc) => a.codes.find((c) => provinceOf(c) === pc)!) : [];
    const parts = sides.map((c): Place => ({ zh: `${a.zh}（${byCode.get(c)?.name ?? c}部分）`, en: `${a.en} (${byCode.get(c)?.name_en ?? c} part)`, level: a.level, code: c, codes: [c], provinces: [provinceOf(c)!] }));
    for (const n of a.names) {
      if (parts.length > 1) names.set(n, parts);
      else add(n, place, true);
    }
  }
  for (const b of KNOWN_BODIES) {
    const place: Place = { zh: b.zh, en: b.en, level: 'organisation', code: b.code, codes: [b.code], provinces: [provinceOf(b.code)!] };
    for (const n of b.names) add(n, place, true);
  }
  // A compound (遂潼, 万达开, 川渝) names each of its places: one party each.
  const byAnyCode = (c: string): Place | undefined => {
    if (c === '500000' || c === '510000') return province(c);
    const d = byCode.get(c);
    if (d) return { zh: d.name, en: d.name_en, level: 'county', code: d.code, codes: [d.code], provinces: [d.province_code] };
    const a = admin.find((x) => x.level === 'prefecture' && x.code === c);
    return a ? { zh: a.name, en: a.short_en, level: 'prefecture', code: a.code, codes: [a.code], provinces: ['510000'] } : undefined;
  };
  for (const c of COMPOUND_ALIASES) {
    const later = (c.joined ?? []).map((j) => {
      const p = byAnyCode(j.code);
      return p && { ...p, since: j.from };
    });
    const members = [...c.members.map(byAnyCode), ...later];
    if (members.some((m) => !m)) throw new Error(`compound ${c.names[0]}: a member code is not a place we have`);
    for (const n of c.names) names.set(n, members as Place[]);
  }
  // Towns: names of three characters or more (a stem and 镇, 乡, 街道), never over a name above.
  for (const [name, codes] of Object.entries((townsFile as { towns: Record<string, string[]> }).towns)) {
    if (name.length < 3 || names.has(name)) continue;
    const provinces = [...new Set(codes.map(provinceOf).filter((x): x is string => x !== null))];
    names.set(name, [{ zh: name, en: name, level: 'county', code: null, codes, provinces, town: true }]);
  }
  for (const s of BODY_STEMS) {
    const cq: Place = { zh: `重庆市${s.cq[0]}`, en: `Chongqing ${s.en}`, level: 'organisation', code: '500000', codes: ['500000'], provinces: ['500000'] };
    const sc: Place = { zh: `四川省${s.sc[0]}`, en: `Sichuan ${s.en}`, level: 'organisation', code: '510000', codes: ['510000'], provinces: ['510000'] };
    for (const stem of s.cq) {
      add(`重庆市${stem}`, cq, true);
      add(`市${stem}`, cq, true);
    }
    if (s.cq.includes('团市委')) add('团市委', cq, true);
    for (const stem of s.sc) {
      add(`四川省${stem}`, sc, true);
      add(`四川${stem}`, sc, true);
      add(`省${stem}`, sc, true);
    }
    if (s.sc.includes('团省委')) add('团省委', sc, true);
    for (const stem of s.both) {
      for (const pre of ['川渝两地', '川渝', '两地', '双方', '两省市', '成渝两地', '成渝']) {
        add(`${pre}${stem}`, { ...cq, generic: true });
        add(`${pre}${stem}`, { ...sc, generic: true });
      }
    }
  }
  let longest = 0;
  const lengthsByFirst = new Map<string, number[]>();
  for (const n of names.keys()) {
    longest = Math.max(longest, n.length);
    const ls = lengthsByFirst.get(n[0]!) ?? [];
    if (!ls.includes(n.length)) ls.push(n.length);
    lengthsByFirst.set(n[0]!, ls);
  }
  for (const ls of lengthsByFirst.values()) ls.sort((a, b) => b - a);
  const pairs = new Set<string>();
  let singles = false;
  for (const n of names.keys()) {
    if (n.length >= 2) pairs.add(n.slice(0, 2));
    else singles = true;
  }
  const byZh = new Map<string, Place>();
  const byLevelCode = new Map<string, Place>();
  for (const places of names.values()) {
    for (const p of places) {
      if (!byZh.has(p.zh)) byZh.set(p.zh, p);
      if (p.level !== 'organisation' && p.code && !byLevelCode.has(`${p.level}:${p.code}`)) byLevelCode.set(`${p.level}:${p.code}`, p);
    }
  }
  const within = (code: string): string[] => {
    const d = byCode.get(code);
    const up = d ? [d.prefecture_code, d.province_code] : [provinceOf(code)];
    return [...new Set([code, ...up.filter((c): c is string => c !== null)])];
  };
  return { names, longest, lengthsByFirst, pairs, singles, districts: byCode, byZh, byCode: byLevelCode, provinceOf, within, listShorts };
}
