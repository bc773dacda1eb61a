import type { NewArea } from '../agreements/new-areas';
import { fold } from './normalise';

/**
 * New areas by any name the articles use for them (两江、重庆两江新区), pinyin (toneless, spaces
 * ignored) or English: exact names first, then names that start with the query, then names that
 * hold it. A query of one character finds nothing: 区 or 新 would list them all. An empty query lists none
 * (the district list shows all districts; the new areas are found by name).
 */
export function searchNewAreas(areas: readonly NewArea[], query: string): NewArea[] {
  const raw = query.trim().toLowerCase();
  const q = fold(query);
  if ([...raw].length < 2 || !q) return [];
  const ranked: [NewArea, number][] = [];
  for (const area of areas) {
    let rank = Infinity;
    for (const [key, target] of [...area.names.map((n) => [n.toLowerCase(), raw] as const), [fold(area.pinyin), q] as const, ...(area.en ? [[fold(area.en), q] as const] : [])]) {
      if (key === target) rank = Math.min(rank, 0);
      else if (key.startsWith(target)) rank = Math.min(rank, 1);
      else if (key.includes(target)) rank = Math.min(rank, 2);
    }
    if (rank < Infinity) ranked.push([area, rank]);
  }
  return ranked.sort((a, b) => a[1] - b[1]).map(([a]) => a);
}
