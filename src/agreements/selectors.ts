import type { Agreement } from '../data/agreement-schema';
import type { Domain } from '../data/agreement-vocab';
import { parsePlaceKey, placeKey, type AgreementIndex, type Place, type PlaceKey } from '../data/agreements';
import type { District } from '../data/districts';
import { areaName, areaOfName } from './area-name';
import type { CountBasis } from '../state/view-vocab';

type DistrictLike = Pick<District, 'code' | 'prefectureCode' | 'provinceCode'>;

/** A district's agreements: its own, then its prefecture's, then the province-wide ones; each appears once, in the first section. */
export interface DistrictAgreements {
  own: readonly Agreement[];
  prefecture: readonly Agreement[];
  province: readonly Agreement[];
}

/** `own`: the district's own agreements, all of them unless given (the counts pass those counted at the district, `ownCounted`). */
export function districtAgreements(index: AgreementIndex, d: DistrictLike, own: readonly Agreement[] = index.byDistrict.get(d.code) ?? []): DistrictAgreements {
  const seen = new Set(own.map((a) => a.id));
  const fresh = (list: readonly Agreement[] | undefined) => (list ?? []).filter((a) => !seen.has(a.id) && (seen.add(a.id), true));
  // A Chongqing district's "prefecture" is the municipality itself: its section would repeat the province's.
  const prefecture = d.prefectureCode !== d.provinceCode ? fresh(index.byPrefecture.get(d.prefectureCode)) : [];
  const province = fresh(index.byProvince.get(d.provinceCode));
  return { own, prefecture, province };
}

type ResolvedParty = NonNullable<ReturnType<AgreementIndex['places']['get']>>[number];

/** Whether a party is a new area that a district lies in. */
const newAreaAt = (p: ResolvedParty, code: string) => p.party.level === 'new-area' && p.places.some((x) => x.code === code);

/** The new area through which a district is party to an agreement (null when it is a party itself, or not at all). */
export function viaNewArea(index: AgreementIndex, agreementId: string, code: string): string | null {
  const parties = index.places.get(agreementId) ?? [];
  if (parties.some((p) => p.party.level === 'county' && p.places.some((x) => x.code === code))) return null;
  return parties.find((p) => newAreaAt(p, code))?.party.name ?? null;
}

/**
 * The places a party is drawn, linked and counted at: a new area at its main district only (its
 * first place, the district that administers it; docs/agreements.md). Its other districts are listed
 * (`places`) and its cards shown there, but one 两江–天府 agreement fanned out to every district either
 * area touches would become eighteen partner links and count in every one of them.
 */
export const anchorPlaces = (p: ResolvedParty): readonly Place[] => (p.party.level === 'new-area' ? p.places.slice(0, 1) : p.places);

/** Whether a party is drawn at a place (`anchorPlaces`). */
const drawnAt = (p: ResolvedParty, key: PlaceKey) => anchorPlaces(p).some((x) => placeKey(x) === key);

/** The key of a link between two places, whichever end is given first (a–b and b–a are one link). */
export const linkKey = (x: PlaceKey, y: PlaceKey): string => (x < y ? `${x}|${y}` : `${y}|${x}`);

/**
 * How a district takes part in an agreement: a party in its own right (its county, or a body of it);
 * the main district of a new area that is a party; another district a new area lies in; or not at all.
 * The one rule every view reads: the cards list all three, the counts and partners count 'party' and 'main'.
 */
export type Stake = 'party' | 'main' | 'via';
export function stakeIn(index: AgreementIndex, agreementId: string, code: string): Stake | null {
  let stake: Stake | null = null;
  for (const p of index.places.get(agreementId) ?? []) {
    if (!p.places.some((x) => x.level === 'district' && x.code === code)) continue;
    if (p.party.level !== 'new-area') return 'party';
    stake = anchorPlaces(p)[0]?.code === code ? 'main' : (stake ?? 'via');
  }
  return stake;
}

/** A district's own agreements as counted (the choropleth, the district table, the export): a new area's only at its main district. */
export function ownCounted(index: AgreementIndex, code: string): readonly Agreement[] {
  return (index.byDistrict.get(code) ?? []).filter((a) => stakeIn(index, a.id, code) !== 'via');
}

/** One new area through which a district takes part in agreements: how many, its main district, and whether they count at this district. */
export interface ViaArea {
  area: string;
  count: number;
  main: string;
  here: boolean;
}

/**
 * How a district takes part through new areas rather than in its own right: how many of its
 * agreements (`count`), and for each new area how many, with the main district they count at
 * (双流区: 四川天府新区 10 and 西部（成都）科学城 2 counted here, 成都高新区 1 counted at 武侯区).
 */
export function viaAreasOf(index: AgreementIndex, code: string): { count: number; areas: ViaArea[] } {
  const out = new Map<string, ViaArea>();
  let count = 0;
  for (const a of index.byDistrict.get(code) ?? []) {
    const stake = stakeIn(index, a.id, code);
    if (stake !== 'via' && stake !== 'main') continue;
    count++;
    for (const p of index.places.get(a.id) ?? []) {
      const main = anchorPlaces(p)[0]?.code;
      if (!newAreaAt(p, code) || !main) continue;
      const area = areaName(p.party.name);
      const v = out.get(area) ?? { area, count: 0, main, here: main === code };
      v.count++;
      out.set(area, v);
    }
  }
  return { count, areas: [...out.values()].sort((x, y) => Number(y.here) - Number(x.here) || y.count - x.count || x.area.localeCompare(y.area, 'zh')) };
}

/**
 * The new areas among the given agreements' parties that lie in more than one district, each with
 * the main district its agreements count at (the count box's rule, for the exported image to name).
 */
export function newAreaMains(index: AgreementIndex): { area: string; main: string }[] {
  const out = new Map<string, { area: string; main: string }>();
  for (const a of index.list)
    for (const p of index.places.get(a.id) ?? []) {
      const main = anchorPlaces(p)[0];
      if (p.party.level !== 'new-area' || p.places.length < 2 || !main) continue;
      // 重庆两江新区 and 两江新区 are one, but 重庆高新区 is not just 高新区 (area-name.ts).
      const area = areaName(p.party.name);
      out.set(`${area}|${main.code}`, { area, main: main.code });
    }
  return [...out.values()].sort((x, y) => x.area.localeCompare(y.area, 'zh') || (x.main < y.main ? -1 : 1));
}

export interface Partner {
  key: PlaceKey;
  place: Place;
  /** Agreement ids, newest first: all of them, then split into those signed by both in their own right and those through a new area. */
  agreements: string[];
  direct: string[];
  via: string[];
  /** The new areas (either side) the `via` agreements pass through, most first. */
  viaAreas: string[];
  /** The new areas on this district's own side of the `via` agreements, most first (经由两江新区). */
  selfAreas: string[];
  /**
   * Who signed at the partner's place, when not the place itself: the new areas drawn there and the
   * bodies in it (四川天府新区 at 双流区, 果园港 in 江北区), most first; `itself` whether the place
   * also signed in its own right. The partner is named by them (bodyLabel), as a network pair is.
   */
  bodies: string[];
  itself: boolean;
}

/**
 * Whom a district cooperates with in its own agreements: every other party's places, a new area at
 * its main district (a new area that the district lies in is the district itself, not a partner).
 * An agreement is direct when the district and the partner each signed in their own right, else it
 * is through a new area (经由新区) and counted apart. Direct partners first, most agreements first.
 */
export function partnersOf(index: AgreementIndex, code: string): Partner[] {
  const self = placeKey({ level: 'district', code });
  const out = new Map<PlaceKey, Partner>();
  const areaCounts = new Map<PlaceKey, Map<string, number>>();
  const selfCounts = new Map<PlaceKey, Map<string, number>>();
  const bodyCounts = new Map<PlaceKey, Map<string, number>>();
  const bump = (m: Map<PlaceKey, Map<string, number>>, key: PlaceKey, name: string) => {
    const counts = m.get(key) ?? new Map<string, number>();
    m.set(key, counts);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  for (const a of index.byDistrict.get(code) ?? []) {
    const parties = index.places.get(a.id) ?? [];
    const selfArea = stakeIn(index, a.id, code) === 'party' ? null : parties.find((p) => newAreaAt(p, code));
    for (const party of parties) {
      if (party.places.some((p) => placeKey(p) === self)) continue;
      // Another part of the new area this district signed as a part of is the same party, not a partner.
      if (selfArea && sameArea(selfArea, party)) continue;
      for (const place of anchorPlaces(party)) {
        const key = placeKey(place);
        const partner = out.get(key) ?? { key, place, agreements: [], direct: [], via: [], viaAreas: [], selfAreas: [], bodies: [], itself: false };
        out.set(key, partner);
        const body = bodyAt(party, key);
        if (body) bump(bodyCounts, key, body);
        else partner.itself = true;
        if (!partner.agreements.includes(a.id)) partner.agreements.push(a.id);
        const areas = [selfArea, party.party.level === 'new-area' ? party : undefined].flatMap((p) => (p ? [areaName(p.party.name)] : []));
        if (areas.length === 0) {
          if (!partner.direct.includes(a.id)) partner.direct.push(a.id);
        } else if (!partner.via.includes(a.id)) {
          for (const n of areas) bump(areaCounts, key, n);
          if (selfArea) bump(selfCounts, key, areaName(selfArea.party.name));
          partner.via.push(a.id);
        }
      }
    }
  }
  const ranked = (m: Map<string, number> | undefined) => [...(m ?? [])].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([n]) => n);
  for (const p of out.values()) {
    // Signed directly in one agreement and through a new area in another: both counts stand, but an agreement is one or the other.
    p.via = p.via.filter((id) => !p.direct.includes(id));
    p.viaAreas = ranked(areaCounts.get(p.key));
    p.selfAreas = ranked(selfCounts.get(p.key));
    p.bodies = ranked(bodyCounts.get(p.key));
  }
  // Keys are ASCII (d:500111): compared as plain strings, in the order localeCompare gave, with no collator per comparison.
  return [...out.values()].sort(
    (x, y) => y.direct.length - x.direct.length || y.agreements.length - x.agreements.length || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
  );
}

/** Two parties that are parts of one new area (川渝高竹新区（渝北区部分） and （邻水县部分））: one party, never a pair. */
function sameArea(x: ResolvedParty, y: ResolvedParty): boolean {
  if (x === y || x.party.level !== 'new-area' || y.party.level !== 'new-area') return false;
  const area = areaOfName(x.party.name);
  return area !== undefined && area === areaOfName(y.party.name);
}

/**
 * The name a party at a place is shown by when it is not the place itself: a new area drawn there
 * (areaName), or a body inside a district (果园港). A body standing for a whole city or province
 * (重庆大数据研究院) is named with its place elsewhere, not here.
 */
function bodyAt(p: ResolvedParty, key: PlaceKey): string | null {
  if (p.party.level === 'new-area') return areaName(p.party.name);
  if (p.party.level === 'organisation' && key.startsWith('d:')) return p.party.name;
  return null;
}

/** Every place an agreement's parties stand for. */
export const placeKeysOf = (index: AgreementIndex, id: string): PlaceKey[] => [
  ...new Set((index.places.get(id) ?? []).flatMap((p) => p.places.map(placeKey))),
];

/**
 * The agreements in which two places stand for different parties, each party at the place it is
 * drawn at (a new area at its main district) and the parts of one new area one party: what the
 * network's link between them means, counted as networkLinks counts it.
 */
export function pairAgreements(index: AgreementIndex, a: PlaceKey, b: PlaceKey): Agreement[] {
  return candidatesFor(index, a).filter((ag) => {
    const parties = index.places.get(ag.id) ?? [];
    return parties.some((p, i) => drawnAt(p, a) && parties.some((q, j) => j !== i && drawnAt(q, b) && !sameArea(p, q)));
  });
}

/**
 * The new areas a link's district stands for in the given agreements (两江新区 is drawn at 渝北区,
 * 天府新区 at 双流区), most named first, and whether it stands for nothing else: a link named only by
 * its districts (渝北区 — 双流区) hides who signed. A province's name before the area's is left out
 * (重庆两江新区 and 两江新区 are one). `other`: the link's other end, whose partners alone are named.
 */
export function newAreasAt(index: AgreementIndex, key: PlaceKey, list: readonly Agreement[], other?: PlaceKey): { names: string[]; only: boolean } {
  const counts = new Map<string, number>();
  let itself = false;
  for (const ag of list) {
    const all = index.places.get(ag.id) ?? [];
    // With `other`, only the parties that pair with a party there (not a part of its own new area).
    const parties = all.filter((p) => drawnAt(p, key) && (!other || all.some((q) => q !== p && drawnAt(q, other) && !sameArea(p, q))));
    for (const p of parties) {
      const name = bodyAt(p, key);
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      else itself = true;
    }
  }
  const names = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([n]) => n);
  return { names, only: names.length > 0 && !itself };
}

function candidatesFor(index: AgreementIndex, key: PlaceKey): readonly Agreement[] {
  const p = parsePlaceKey(key);
  const map = p.level === 'district' ? index.byDistrict : p.level === 'prefecture' ? index.byPrefecture : index.byProvince;
  return map.get(p.code) ?? [];
}

export interface NetworkLink {
  a: PlaceKey;
  b: PlaceKey;
  count: number;
}

/**
 * All partner links at once: for every agreement, each pair of places that belong to different
 * parties (a new area at its main district), counted once per agreement. Keys are ordered so a–b
 * and b–a are one link.
 */
export function networkLinks(index: AgreementIndex): readonly NetworkLink[] {
  let cached = LINKS.get(index);
  if (!cached) LINKS.set(index, (cached = linksOf(index)));
  return cached;
}
// The map, the mode switch and the network panel all ask after one change: one walk per index.
const LINKS = new WeakMap<AgreementIndex, readonly NetworkLink[]>();

function linksOf(index: AgreementIndex): NetworkLink[] {
  const links = new Map<string, NetworkLink>();
  for (const ag of index.list) {
    // A new area is drawn at its main district here: fanned out to every district it touches, one
    // 两江–天府 agreement would become eighteen district links and drown the network.
    const resolved = index.places.get(ag.id) ?? [];
    const parties = resolved.map((p) => anchorPlaces(p).map(placeKey));
    const seen = new Set<string>();
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) {
        // The two parts of one new area signing together are one party (高竹新区 is not its own partner).
        if (sameArea(resolved[i]!, resolved[j]!)) continue;
        for (const x of parties[i]!)
          for (const y of parties[j]!) {
            if (x === y) continue;
            const id = linkKey(x, y);
            if (seen.has(id)) continue;
            seen.add(id);
            const [a, b] = x < y ? [x, y] : [y, x];
            const link = links.get(id) ?? { a, b, count: 0 };
            link.count++;
            links.set(id, link);
          }
      }
  }
  return [...links.values()].sort((x, y) => y.count - x.count || (x.a + x.b).localeCompare(y.a + y.b));
}

// The basis is view state a link carries (`cb`); its words live with the view's.
export type { CountBasis } from '../state/view-vocab';

/** Agreements per district: its own, or its own plus those of its prefecture and province (one count per index, list and basis). */
export function countsByDistrict(index: AgreementIndex, districts: readonly DistrictLike[], basis: CountBasis): ReadonlyMap<string, number> {
  let byList = COUNTS.get(index);
  if (!byList) COUNTS.set(index, (byList = new WeakMap()));
  let byBasis = byList.get(districts);
  if (!byBasis) byList.set(districts, (byBasis = new Map()));
  let out = byBasis.get(basis);
  if (!out) byBasis.set(basis, (out = countsOf(index, districts, basis)));
  return out;
}
const COUNTS = new WeakMap<AgreementIndex, WeakMap<readonly DistrictLike[], Map<CountBasis, ReadonlyMap<string, number>>>>();

function countsOf(index: AgreementIndex, districts: readonly DistrictLike[], basis: CountBasis): Map<string, number> {
  return new Map(
    districts.map((d) => {
      const own = ownCounted(index, d.code);
      if (basis === 'own') return [d.code, own.length];
      // The panel's three sections, except that a new area's agreement counts at its main district only.
      const s = districtAgreements(index, d, own);
      return [d.code, s.own.length + s.prefecture.length + s.province.length];
    }),
  );
}

export interface ChoroplethClass {
  /** 0 for the floor (no agreement, when some district has none); then floor + 1, + 2–3, + 4–7, + 8–15, + 16 and more. */
  index: number;
  min: number;
  /** null: no upper bound. */
  max: number | null;
  districts: number;
}

export const CLASS_COUNT = 6;

/** Doubling classes keep a handful of classes readable whether a district has 2 agreements or 200. */
export const classOf = (count: number): number => (count <= 0 ? 0 : Math.min(CLASS_COUNT - 1, Math.floor(Math.log2(count)) + 1));

/**
 * Each district's class and the classes with their ranges. The classes step up from the count every
 * district has (the floor): counted with their prefecture and province, every district shares the
 * province-wide agreements (55 and more in the atlas), and classes from 0 put all 221 in the top one.
 */
export function choroplethClasses(counts: ReadonlyMap<string, number>): { classOf: Map<string, number>; classes: ChoroplethClass[]; floor: number } {
  const floor = counts.size ? Math.max(0, Math.min(...counts.values())) : 0;
  const of = new Map<string, number>();
  const classes: ChoroplethClass[] = Array.from({ length: CLASS_COUNT }, (_, i) => ({
    index: i,
    min: floor + (i === 0 ? 0 : 2 ** (i - 1)),
    max: i === 0 ? floor : i === CLASS_COUNT - 1 ? null : floor + 2 ** i - 1,
    districts: 0,
  }));
  for (const [code, n] of counts) {
    const c = classOf(n - floor);
    of.set(code, c);
    classes[c]!.districts++;
  }
  return { classOf: of, classes, floor };
}

/** How many agreements name each field, most first (an agreement counts once per field it names). */
export function domainCounts(list: readonly Agreement[]): [Domain, number][] {
  const counts = new Map<Domain, number>();
  for (const a of list) for (const d of new Set(a.domains)) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
}

export type GroupBy = 'year' | 'field';

const UNDATED_IN = 'undated-';
/** The year an `undated-2022` group's agreements were first reported in; null for any other group key. */
export const undatedReportedYear = (key: string): number | null => (key.startsWith(UNDATED_IN) ? Number(key.slice(UNDATED_IN.length)) : null);

/**
 * Cards in groups: by year (newest first; an undated agreement first reported in a year in a group
 * of its own right after that year's, `undated-2022`; one never reported with a date last) or by
 * field (an agreement with two fields appears under both). Group keys are a year, `undated-` and a
 * year, `undated`, a domain or `none`.
 */
export function groupAgreements(list: readonly Agreement[], by: GroupBy, reportedYear: ReadonlyMap<string, number> = new Map()): { key: string; agreements: Agreement[] }[] {
  const groups = new Map<string, Agreement[]>();
  const add = (k: string, a: Agreement) => (groups.get(k) ?? groups.set(k, []).get(k)!).push(a);
  for (const a of list) {
    if (by === 'year') {
      const reported = reportedYear.get(a.id);
      add(a.date?.slice(0, 4) ?? (reported === undefined ? 'undated' : `${UNDATED_IN}${reported}`), a);
    } else if (a.domains.length === 0) add('none', a);
    else for (const d of new Set(a.domains)) add(d, a);
  }
  const keys = [...groups.keys()];
  // A year's dated group, then its undated one; plain `undated` last.
  const yearOrder = (k: string) => {
    const reported = undatedReportedYear(k);
    return k === 'undated' ? '' : reported !== null ? `${reported}0` : `${k}1`;
  };
  if (by === 'year') keys.sort((x, y) => yearOrder(y).localeCompare(yearOrder(x)));
  else keys.sort((x, y) => (x === 'none' ? 1 : y === 'none' ? -1 : groups.get(y)!.length - groups.get(x)!.length || x.localeCompare(y)));
  return keys.map((key) => ({ key, agreements: groups.get(key)! }));
}
