import type { Agreement } from '../data/agreement-schema';
import { subIndex, type AgreementIndex } from '../data/agreements';
import { agreementYear, passing } from './filter-facts';
import type { AgreementFilters } from '../state/view-types';

export { agreementYear };

/** The province a party's code lies in: '500000', '510000', or 'other' for a code elsewhere; null when unknown. */
const provinceOfCode = (code: string | null): '500000' | '510000' | 'other' | null =>
  code === null ? null : code.startsWith('50') ? '500000' : code.startsWith('51') ? '510000' : 'other';

/**
 * Whether an agreement passes the filters and the "as of" year. An empty list filters nothing.
 * An undated agreement fails a year range (a report on 2020–2021 must not list what may be from
 * another year). On the time slider it counts from the year it was first reported (`reported`,
 * the article's date): it existed by then, and before then nothing said so; with no report date
 * either it stays at every year, since hiding it would read as "not yet signed".
 */
export function passes(a: Agreement, f: AgreementFilters, asOf: number | null, reported: number | null = null): boolean {
  if (f.domains.length && !a.domains.some((d) => f.domains.includes(d))) return false;
  if (f.kinds.length && !f.kinds.includes(a.kind)) return false;
  const year = agreementYear(a);
  if (f.years && (year === null || year < f.years[0] || year > f.years[1])) return false;
  const known = year ?? reported;
  if (asOf !== null && known !== null && known > asOf) return false;
  if (f.partnerProvince === 'both') {
    if (!a.parties.some((p) => provinceOfCode(p.code) === '500000') || !a.parties.some((p) => provinceOfCode(p.code) === '510000')) return false;
  } else if (f.partnerProvince && !a.parties.some((p) => provinceOfCode(p.code) === f.partnerProvince)) return false;
  if (f.minConfidence !== null && a.confidence < f.minConfidence) return false;
  return true;
}

export const filterAgreements = (list: readonly Agreement[], f: AgreementFilters, asOf: number | null): Agreement[] =>
  list.filter((a) => passes(a, f, asOf));

/** Whether any filter or the "as of" year narrows the agreements. */
export const isFiltering = (f: AgreementFilters, asOf: number | null): boolean =>
  f.domains.length > 0 || f.kinds.length > 0 || f.years !== null || f.partnerProvince !== null || f.minConfidence !== null || asOf !== null;

/** One active filter, as a chip shows it and as the empty state names it. */
export type ActiveFilter =
  | { key: 'domain'; value: AgreementFilters['domains'][number] }
  | { key: 'kind'; value: AgreementFilters['kinds'][number] }
  | { key: 'years'; value: [number, number] }
  | { key: 'partner'; value: NonNullable<AgreementFilters['partnerProvince']> }
  | { key: 'confidence'; value: number }
  | { key: 'asOf'; value: number };

export function activeFilters(f: AgreementFilters, asOf: number | null): ActiveFilter[] {
  return [
    ...f.domains.map((value) => ({ key: 'domain' as const, value })),
    ...f.kinds.map((value) => ({ key: 'kind' as const, value })),
    ...(f.years ? [{ key: 'years' as const, value: f.years }] : []),
    ...(f.partnerProvince ? [{ key: 'partner' as const, value: f.partnerProvince }] : []),
    ...(f.minConfidence !== null ? [{ key: 'confidence' as const, value: f.minConfidence }] : []),
    ...(asOf !== null ? [{ key: 'asOf' as const, value: asOf }] : []),
  ];
}

/**
 * The filters that, each removed alone, would bring agreements back: what the empty state asks the
 * planner to loosen. When no single one would, every active filter is named.
 */
export function filtersToLoosen(list: readonly Agreement[], f: AgreementFilters, asOf: number | null): ActiveFilter[] {
  const active = activeFilters(f, asOf);
  const helps = active.filter((a) => {
    const { filters, asOf: t } = without(f, asOf, a);
    return list.some((x) => passes(x, filters, t));
  });
  return helps.length ? helps : active;
}

/** The filters with one active filter removed (what a chip's × does). */
export function without(f: AgreementFilters, asOf: number | null, a: ActiveFilter): { filters: AgreementFilters; asOf: number | null } {
  switch (a.key) {
    case 'domain':
      return { filters: { ...f, domains: f.domains.filter((d) => d !== a.value) }, asOf };
    case 'kind':
      return { filters: { ...f, kinds: f.kinds.filter((k) => k !== a.value) }, asOf };
    case 'years':
      return { filters: { ...f, years: null }, asOf };
    case 'partner':
      return { filters: { ...f, partnerProvince: null }, asOf };
    case 'confidence':
      return { filters: { ...f, minConfidence: null }, asOf };
    case 'asOf':
      return { filters: f, asOf: null };
  }
}

let last: { all: AgreementIndex; f: AgreementFilters; asOf: number | null; out: AgreementIndex } | null = null;

/**
 * The agreements that pass, indexed like the full set, so that every panel and map layer reads the
 * same lookups whether filters are on or not. The last answer is kept: the map and several panels
 * ask for it with the same inputs after one change, and only the first pays for the index.
 */
export function visibleAgreements(all: AgreementIndex, f: AgreementFilters, asOf: number | null): AgreementIndex {
  if (!isFiltering(f, asOf)) return all;
  if (last && last.all === all && last.f === f && last.asOf === asOf) return last.out;
  const out = subIndex(all, passing(all, f, asOf));
  last = { all, f, asOf, out };
  return out;
}
