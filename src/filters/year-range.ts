import { YEAR_MAX, YEAR_MIN } from '../data/agreement-vocab';

export type YearBound = 'from' | 'to';

/**
 * The year filter after one of its two boxes changed: `year` null means that box was emptied
 * ("any"), which opens that end; both ends open is no filter at all. An open end is stored as
 * YEAR_MIN or YEAR_MAX, so an older or later article is never dropped by a bound nobody set.
 */
export function withYear(years: readonly [number, number] | null, bound: YearBound, year: number | null): [number, number] | null {
  const [from, to] = years ?? [YEAR_MIN, YEAR_MAX];
  const next: [number, number] = bound === 'from' ? [year ?? YEAR_MIN, to] : [from, year ?? YEAR_MAX];
  const a = Math.max(YEAR_MIN, Math.min(...next));
  const b = Math.min(YEAR_MAX, Math.max(...next));
  return a === YEAR_MIN && b === YEAR_MAX ? null : [a, b];
}

/** The year a box shows for the filter: empty for an open end. */
export function shownYear(years: readonly [number, number] | null, bound: YearBound): number | null {
  if (!years) return null;
  if (bound === 'from') return years[0] === YEAR_MIN ? null : years[0];
  return years[1] === YEAR_MAX ? null : years[1];
}

/** A typed text as a year the filter can take: four digits within the range, else null (still typing, or not a year). */
export function typedYear(text: string): number | null {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= YEAR_MIN && y <= YEAR_MAX ? y : null;
}
