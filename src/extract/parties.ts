import type { Party } from '../data/agreement-schema';
import type { Gazetteer, Place } from './gazetteer';
import type { PlaceMention } from './places';

const GROUP_COUNT = /(?<=\p{Script=Han})(?:\d+|[两二三四五六七八九十]+)个?(?:地|区县|市县|县区)(?=\p{Script=Han})/u;
const PROVINCE_ZH: Record<string, string> = { '500000': '重庆市', '510000': '四川省' };

/** The parties some mentions name, once each (a body by its own name, a place by its place). */
export function partiesOf(mentions: readonly PlaceMention[]): Party[] {
  const out: Party[] = [];
  const push = (p: Place, name: string) => {
    if (p.code === null) return;
    // (璧山区五地司法局, the last of a counted list: the count names the group, not the body.)
    const label = p.level !== 'organisation' ? p.zh : (!p.generic && name.length > p.zh.length ? name : p.zh).replace(GROUP_COUNT, '');
    if (out.some((o) => o.code === p.code && o.level === p.level && (o.level !== 'organisation' || o.name === label || p.generic))) return;
    const party: Party = { name: label, code: p.code, level: p.level };
    if (p.level === 'new-area' && p.codes.length > 1) party.codes = [...p.codes];
    out.push(party);
  };
  for (const m of mentions) push(m.place, m.name);
  return out;
}

export const provinceParty = (c: '500000' | '510000'): Party => ({ name: PROVINCE_ZH[c]!, code: c, level: 'province' });

export const provincesOfParty = (p: Party, gaz: Gazetteer): string[] =>
  p.codes ? [...new Set(p.codes.map(gaz.provinceOf).filter((x): x is string => x !== null))] : p.code ? [gaz.provinceOf(p.code)].filter((x): x is string => x !== null) : [];

/** Whether some parties have both provinces among them: the agreement crosses the line. */
export const crosses = (parties: readonly Party[], gaz: Gazetteer): boolean => {
  const ps = new Set(parties.flatMap((p) => provincesOfParty(p, gaz)));
  return ps.has('500000') && ps.has('510000');
};

/** The province of a pair that cooperates within it (`oneSidePair`), or null. */
export const oneSideOf = (parties: readonly Party[], gaz: Gazetteer): '500000' | '510000' | null => {
  if (!oneSidePair(parties, gaz)) return null;
  const side = provincesOfParty(parties[0]!, gaz)[0];
  return side === '500000' || side === '510000' ? side : null;
};

/**
 * Two or more places of one side, none a province nor inside another of them (成都市 and 宜宾市, 成都高新区
 * and 宜宾高新区): a pair that cooperates within its province.
 */
export const oneSidePair = (parties: readonly Party[], gaz: Gazetteer): boolean => {
  if (parties.length < 2 || parties.some((p) => p.level === 'province' || !p.code)) return false;
  const sides = new Set(parties.flatMap((p) => provincesOfParty(p, gaz)));
  if (sides.size !== 1) return false;
  const codes = [...new Set(parties.map((p) => p.code!))];
  // (A prefecture and its own county, 成都彭州, are one place: some two must lie apart.)
  return codes.some((c) => codes.some((d) => d !== c && !gaz.within(c).includes(d) && !gaz.within(d).includes(c)));
};

/**
 * A wider place named beside a place inside it adds nothing: a province beside one of its places
 * (大足与四川眉山), a prefecture just before one of its counties (成都彭州, 遂宁市蓬溪县).
 */
export function pruneParties(parties: readonly Party[], gaz: Gazetteer, adjacent: ReadonlySet<string> = new Set(), around = false): Party[] {
  return parties.filter((p) => {
    if (p.level === 'province') return !parties.some((q) => q !== p && q.level !== 'province' && provincesOfParty(q, gaz).includes(p.code!));
    // (Taken from the text around, a prefecture beside one of its counties adds nothing: 长寿和彭州…重庆、成都.)
    if (p.level === 'prefecture' && (adjacent.has(p.code!) || around)) return !parties.some((q) => (q.level === 'county' || q.level === 'organisation') && q.code && q.code !== p.code && gaz.within(q.code).includes(p.code!));
    return true;
  });
}

/** Prefectures written just before one of their counties (成都彭州): the county is meant. */
export function prefacingPrefectures(mentions: readonly PlaceMention[], gaz: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    // (or before one of its counties' bodies: 广安市武胜县法院)
    if (a.place.level === 'prefecture' && b.at <= a.end + 1 && (b.place.level === 'county' || b.place.level === 'organisation') && b.place.code && b.place.code !== a.place.code && gaz.within(b.place.code).includes(a.place.code!)) out.add(a.place.code!);
  }
  return out;
}
