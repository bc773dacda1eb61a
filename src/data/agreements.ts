import type { Agreement, Party, Source } from './agreement-schema';
import type { District } from './districts';

/**
 * A place an agreement's party stands for on the map. A county (or a district a new area lies in)
 * is a district; a prefecture and a province are drawn at their seat or outline, never as a county.
 * An organisation stands for the place it belongs to (a 川渝 department for the whole province, a
 * district's bureau for its district).
 */
export type PlaceLevel = 'district' | 'prefecture' | 'province';
export interface Place {
  level: PlaceLevel;
  code: string;
}
/** `d:500111`, `p:511400`, `v:510000`: a place as one string, for maps and sets. */
export type PlaceKey = string;

const PREFIX: Record<PlaceLevel, string> = { district: 'd', prefecture: 'p', province: 'v' };
export const placeKey = (p: Place): PlaceKey => `${PREFIX[p.level]}:${p.code}`;
export function parsePlaceKey(key: PlaceKey): Place {
  const [prefix, code] = key.split(':') as [string, string];
  const level: PlaceLevel = prefix === 'd' ? 'district' : prefix === 'p' ? 'prefecture' : 'province';
  return { level, code };
}

/**
 * The place a bare code stands for, as GB/T 2260 writes codes: `xx0000` a province, `xxxx00` a
 * prefecture, any other a county-level district. Undefined when it is not a six-digit code.
 */
export function placeOfCode(code: string): Place | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  return { level: code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'district', code };
}

/** The province a GB/T 2260 code lies in (its first two digits): 500000 for 500111, 510000 for 511400. */
export const provinceCodeOf = (code: string): string => `${code.slice(0, 2)}0000`;

/** The places one party stands for; none when its code is unknown or names no district, prefecture or province we have. */
export function placesOf(party: Party, districts: ReadonlyMap<string, Pick<District, 'code'>>): Place[] {
  switch (party.level) {
    case 'county':
      return party.code && districts.has(party.code) ? [{ level: 'district', code: party.code }] : [];
    case 'new-area': {
      const codes = party.codes?.length ? party.codes : party.code ? [party.code] : [];
      return [...new Set(codes)].filter((c) => districts.has(c)).map((code) => ({ level: 'district', code }));
    }
    case 'prefecture':
      return party.code ? [{ level: 'prefecture', code: party.code }] : [];
    case 'province':
      return party.code === '500000' || party.code === '510000' ? [{ level: 'province', code: party.code }] : [];
    case 'organisation':
      // A body stands for the place it belongs to: its district (永川区公安局, 西南大学), its city, or its province.
      if (!party.code) return [];
      if (party.code === '500000' || party.code === '510000') return [{ level: 'province', code: party.code }];
      if (districts.has(party.code)) return [{ level: 'district', code: party.code }];
      return party.code.endsWith('00') ? [{ level: 'prefecture', code: party.code }] : [];
  }
}

export interface AgreementIndex {
  list: readonly Agreement[];
  byId: ReadonlyMap<string, Agreement>;
  /** An article's agreements in text order; one reported by several articles is in each, at that article's sentence. */
  byArticle: ReadonlyMap<string, readonly Agreement[]>;
  /** A district's own agreements: it is a county party, or lies in a new area that is one. */
  byDistrict: ReadonlyMap<string, readonly Agreement[]>;
  /** Agreements a prefecture is party to (its districts inherit them). */
  byPrefecture: ReadonlyMap<string, readonly Agreement[]>;
  /** Agreements a province or one of its bodies is party to (province-wide for every district in it). */
  byProvince: ReadonlyMap<string, readonly Agreement[]>;
  /** Each agreement's parties with the places they stand for, in party order. */
  places: ReadonlyMap<string, readonly { party: Party; places: readonly Place[] }[]>;
  /**
   * The year of each agreement's first report (the earliest date of the articles that report it),
   * where an article's date is known: an undated agreement existed by then, so the time slider
   * does not show it in earlier years.
   */
  reportedYear: ReadonlyMap<string, number>;
}

/** Every report of an agreement (article, sentence), the quoted one first. */
export const reportsOf = (a: Agreement): readonly Source[] => a.sources ?? [{ article: a.article, span: a.span, quote: a.quote }];
/** The id under which the loaded data shows an agreement: its own, or the one it was renamed or merged into (`former_ids`). */
export const currentAgreementId = (id: string, agreements: Pick<AgreementIndex, 'byId' | 'list'>): string =>
  agreements.byId.has(id) ? id : (agreements.list.find((a) => a.former_ids?.includes(id))?.id ?? id);
/** How many articles report it. */
export const articleCount = (a: Agreement): number => (a.sources ? new Set(a.sources.map((s) => s.article)).size : 1);

/**
 * Newest first; an undated agreement at the year it was first reported (the year the cards show,
 * 日期不详（2022 年已有报道）, and the time slider goes by), after that year's dated ones, since
 * it is known only to be no later; one never reported with a date last; ties by id, so the order
 * is stable.
 */
export const byDateDesc =
  (reportedYear: ReadonlyMap<string, number> = new Map()) =>
  (a: Agreement, b: Agreement): number => {
    const key = (x: Agreement) => x.date ?? String(reportedYear.get(x.id) ?? '');
    return key(b).localeCompare(key(a)) || a.id.localeCompare(b.id);
  };

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
};

/** An article's date from the article records, for `indexAgreements`: none where it is unknown or left empty (a planner's article may have none). */
export const articleDateIn =
  (meta: ReadonlyMap<string, { date: string }>) =>
  (file: string): string | null =>
    meta.get(file)?.date || null;

/** Built once at load (and again for a filtered list): every lookup a panel or the map needs is a map get. */
export function indexAgreements(list: readonly Agreement[], districts: ReadonlyMap<string, Pick<District, 'code'>>, articleDate: (article: string) => string | null = () => null): AgreementIndex {
  const byArticle = new Map<string, Agreement[]>();
  const byDistrict = new Map<string, Agreement[]>();
  const byPrefecture = new Map<string, Agreement[]>();
  const byProvince = new Map<string, Agreement[]>();
  const places = new Map<string, { party: Party; places: Place[] }[]>();
  const reportedYear = new Map<string, number>();
  for (const a of list) {
    const years = reportsOf(a)
      .map((r) => articleDate(r.article))
      .filter((d): d is string => !!d)
      .map((d) => Number(d.slice(0, 4)));
    if (years.length) reportedYear.set(a.id, Math.min(...years));
  }
  const sorted = [...list].sort(byDateDesc(reportedYear));
  for (const a of sorted) {
    // Each article that reports it holds it at its own sentence (the reader marks it there).
    if (a.sources) for (const s of a.sources) push(byArticle, s.article, s.article === a.article && s.span.start === a.span.start ? a : { ...a, article: s.article, span: s.span, quote: s.quote });
    else push(byArticle, a.article, a);
    const resolved = a.parties.map((party) => ({ party, places: placesOf(party, districts) }));
    places.set(a.id, resolved);
    for (const { places: ps } of resolved)
      for (const p of ps) push(p.level === 'district' ? byDistrict : p.level === 'prefecture' ? byPrefecture : byProvince, p.code, a);
  }
  for (const l of byArticle.values()) l.sort((x, y) => x.span.start - y.span.start);
  return { list: sorted, byId: new Map(sorted.map((a) => [a.id, a])), byArticle, byDistrict, byPrefecture, byProvince, places, reportedYear };
}

/**
 * The index of the agreements of `all` that `keep` keeps (by position in `all.list`), with the lookups `all` already resolved
 * (its order, each agreement's places): a filter change at a hundred times today's agreements
 * costs a pass over the list, not a new index (several times slower).
 */
export function subIndex(all: AgreementIndex, keep: (i: number, a: Agreement) => boolean): AgreementIndex {
  const list = all.list.filter((a, i) => keep(i, a));
  const ids = new Set(list.map((a) => a.id));
  const kept = (m: ReadonlyMap<string, readonly Agreement[]>) =>
    once(() => {
      const out = new Map<string, readonly Agreement[]>();
      for (const [k, l] of m) {
        const f = l.filter((a) => ids.has(a.id));
        if (f.length) out.set(k, f);
      }
      return out;
    });
  // Each lookup is built when first read: a filter change reads a few of them, not all.
  const byId = once(() => new Map(list.map((a) => [a.id, a])));
  const [byArticle, byDistrict, byPrefecture, byProvince] = [all.byArticle, all.byDistrict, all.byPrefecture, all.byProvince].map(kept);
  const places = once(() => new Map(list.map((a) => [a.id, all.places.get(a.id)!])));
  return {
    list,
    get byId() {
      return byId();
    },
    get byArticle() {
      return byArticle!();
    },
    get byDistrict() {
      return byDistrict!();
    },
    get byPrefecture() {
      return byPrefecture!();
    },
    get byProvince() {
      return byProvince!();
    },
    get places() {
      return places();
    },
    reportedYear: all.reportedYear,
  };
}

const once = <T,>(make: () => T): (() => T) => {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
};

export const EMPTY_AGREEMENTS: AgreementIndex = indexAgreements([], new Map());
