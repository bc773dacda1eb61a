import type { Agreement } from '../data/agreement-schema';
import type { AgreementIndex } from '../data/agreements';
import { countsByDistrict, type CountBasis } from '../agreements/selectors';
import type { TransportFeature } from '../data/transport';
import type { District } from '../data/districts';
import { lineCrossing, type AreaShape } from '../geo/line-districts';

export const SORT_KEYS = ['date', 'kind', 'field', 'parties', 'article'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** What a table row and an exported row show of an agreement, in plain values. */
export interface AgreementRow {
  id: string;
  date: string | null;
  /** The year of the earliest article that reports it: for an undated one, the year the time slider counts it from. */
  first_reported: number | null;
  kind: Agreement['kind'];
  domains: Agreement['domains'];
  title_zh: string;
  title_en: string;
  parties: string;
  article: string;
  quote: string;
  confidence: number;
}

/** `parties`: the parties as the row shows them (the table's names in the interface language); the article's names by default. */
export const agreementRow = (a: Agreement, reportedYear: ReadonlyMap<string, number>, parties = a.parties.map((p) => p.name).join('、')): AgreementRow => ({
  id: a.id,
  date: a.date,
  first_reported: reportedYear.get(a.id) ?? null,
  kind: a.kind,
  domains: a.domains,
  title_zh: a.title_zh,
  title_en: a.title_en,
  parties,
  article: a.article,
  quote: a.quote,
  confidence: a.confidence,
});

/** A click on a heading: a new column sorts ascending (A→Z, oldest first), the same column again reverses. */
export const nextSort = (current: Sort, key: SortKey): Sort => ({ key, dir: current.key === key && current.dir === 'asc' ? 'desc' : 'asc' });

const value = (r: AgreementRow, key: SortKey): string => {
  switch (key) {
    case 'date':
      return r.date ?? '';
    case 'kind':
      return r.kind;
    case 'field':
      return r.domains[0] ?? '';
    case 'parties':
      return r.parties;
    case 'article':
      return r.article;
  }
};

/**
 * Sorted rows; ties fall back to the newest first and then the id, so the order is stable. Undated
 * agreements sort after dated ones in either direction ("no date" is not the oldest date), among
 * themselves by the year first reported in the same direction, as their label (日期不详（2020 年已有
 * 报道）) reads; those with no report year either come last. Text sorts in the interface language's
 * order (`lang`): in English the parties' English names A–Z come first, a body's Chinese name after.
 */
export function sortRows(rows: readonly AgreementRow[], sort: Sort, lang: 'zh' | 'en' = 'zh'): AgreementRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  // Each row's key is read once and compared with one collator: with 10,000 agreements a
  // localeCompare per comparison made the table a filter change's slowest part.
  const keyed = rows.map((r) => ({ r, v: value(r, sort.key), rep: r.first_reported === null ? '' : String(r.first_reported), d: r.date ?? '' }));
  const text = sort.key === 'date' ? plain : COLLATORS[lang].compare;
  keyed.sort((a, b) => {
    if (sort.key === 'date' && (a.v === '') !== (b.v === '')) return a.v === '' ? 1 : -1;
    if (sort.key === 'date' && a.v === '' && a.rep !== b.rep) {
      if ((a.rep === '') !== (b.rep === '')) return a.rep === '' ? 1 : -1;
      return sign * plain(a.rep, b.rep);
    }
    return sign * text(a.v, b.v) || plain(b.d, a.d) || plain(a.r.id, b.r.id);
  });
  return keyed.map((k) => k.r);
}
const COLLATORS = { zh: new Intl.Collator('zh'), en: new Intl.Collator('en') };

/**
 * The rows of the agreements `shown` keeps of `all`, in the order of `sortedAll` (all of `all`'s
 * rows, sorted once per sort): a filter change or a slider step keeps rows rather than making and
 * sorting a row per agreement again, which at a hundred times today's agreements was most of its
 * script and of the garbage collected after it.
 */
export function keptRows(sortedAll: readonly AgreementRow[], all: AgreementIndex, shown: AgreementIndex): readonly AgreementRow[] {
  if (shown === all) return sortedAll;
  const ids = new Set(shown.list.map((a) => a.id));
  return sortedAll.filter((r) => ids.has(r.id));
}
/** Dates (ISO), years and ids compare as plain strings, as localeCompare ordered them. */
const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface DistrictRow {
  code: string;
  name: string;
  nameEn: string;
  /** Its agreements among those shown, counted as the count map counts them (`countsByDistrict`, the basis chosen). */
  agreements: number;
  /** Ids of the transport lines that cross it. */
  lines: string[];
}

/** Which lines cross each district, by walking each line through the district shapes once. */
export function linesByDistrict(lines: readonly TransportFeature[], shapes: readonly AreaShape[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of lines) {
    const g = f.geometry;
    const parts = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    const seen = new Set<string>();
    for (const coordinates of parts) for (const code of lineCrossing({ type: 'LineString', coordinates }, shapes).sequence) seen.add(code);
    for (const code of seen) out.set(code, [...(out.get(code) ?? []), f.properties.id]);
  }
  return out;
}

/** Districts with their agreement counts under the basis the count map uses (most first) and the lines crossing them. */
export function districtRows(
  districts: readonly Pick<District, 'code' | 'name' | 'nameEn' | 'prefectureCode' | 'provinceCode'>[],
  index: AgreementIndex,
  lines: ReadonlyMap<string, string[]>,
  basis: CountBasis,
): DistrictRow[] {
  const counts = countsByDistrict(index, districts, basis);
  return districts
    .map((d) => ({ code: d.code, name: d.name, nameEn: d.nameEn, agreements: counts.get(d.code) ?? 0, lines: lines.get(d.code) ?? [] }))
    .sort((a, b) => b.agreements - a.agreements || a.code.localeCompare(b.code));
}
