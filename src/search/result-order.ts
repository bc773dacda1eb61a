import type { DistrictHit } from './district-search';

/**
 * Which group of search results leads, districts or transport projects. A district whose name,
 * short name, pinyin or English name is the query or starts with it, or whose prefecture the query
 * names in full (眉山, Meishan, meishan city: ranks 0 to 2), is what a planner means by "荣昌" or
 * "yongchuan", even though projects named after it also match; anything weaker (a match inside a
 * name, initials, a prefecture's first characters) leaves the projects first, as a project name
 * typed in full is then the better guess.
 */
export function districtsLead(hits: readonly DistrictHit[]): boolean {
  return (hits[0]?.rank ?? Infinity) <= 2;
}
