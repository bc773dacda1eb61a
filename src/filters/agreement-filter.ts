import type { Agreement } from '../data/agreement-schema';
import { subIndex, type AgreementIndex } from '../data/agreements';
import { passes, passing, undatedByReportIn } from './filter-facts';
import type { AgreementFilters } from '../state/view-types';

export { passes, undatedByReportIn };

export const filterAgreements = (list: readonly Agreement[], f: AgreementFilters, asOf: number | null): Agreement[] =>
  list.filter((a) => passes(a, f, asOf));

/** Whether any filter or the "as of" year narrows the agreements. */
export const isFiltering = (f: AgreementFilters, asOf: number | null): boolean =>
  f.domains.length > 0 || f.kinds.length > 0 || f.years !== null || f.partnerProvince !== null || f.minConfidence !== null || asOf !== null;

/** One active filter, as a chip shows it and as the empty state names it. */
export type ActiveFilter =
  | { key: 'domain'; value: AgreementFilters['domains'][number] }
  | { key: 'kind'; value: AgreementFilters['kinds'][number] }
  | { key: 'years'; value: [number, number]; undatedByReport: boolean }
  | { key: 'partner'; value: NonNullable<AgreementFilters['partnerProvince']> }
  | { key: 'confidence'; value: number }
  | { key: 'asOf'; value: number };

export function activeFilters(f: AgreementFilters, asOf: number | null): ActiveFilter[] {
  return [
    ...f.domains.map((value) => ({ key: 'domain' as const, value })),
    ...f.kinds.map((value) => ({ key: 'kind' as const, value })),
    ...(f.years ? [{ key: 'years' as const, value: f.years, undatedByReport: f.undatedByReport }] : []),
    ...(f.partnerProvince ? [{ key: 'partner' as const, value: f.partnerProvince }] : []),
    ...(f.minConfidence !== null ? [{ key: 'confidence' as const, value: f.minConfidence }] : []),
    ...(asOf !== null ? [{ key: 'asOf' as const, value: asOf }] : []),
  ];
}

/**
 * The filters that, each removed alone, would bring agreements back: what the empty state asks the
 * planner to loosen. When no single one would, every active filter is named.
 */
export function filtersToLoosen(all: AgreementIndex, f: AgreementFilters, asOf: number | null): ActiveFilter[] {
  const active = activeFilters(f, asOf);
  const helps = active.filter((a) => {
    const { filters, asOf: t } = without(f, asOf, a);
    const p = passing(all, filters, t);
    return all.list.some((_, i) => p(i));
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
    // The switch for undated agreements belongs to the range: it goes with it.
    case 'years':
      return { filters: { ...f, years: null, undatedByReport: false }, asOf };
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
