import type { District } from '../data/districts';
import { fold } from './normalise';
import { initials } from './pinyin';

export interface DistrictHit {
  district: District;
  /** Lower is better: exact name, then prefix, then anywhere. */
  rank: number;
}

function keysOf(d: District): string[] {
  return [d.name, d.short, fold(d.pinyin), fold(d.nameEn), d.code, d.prefecture].map((k) => k.toLowerCase());
}

/**
 * Finds districts by Chinese name or short name, toneless pinyin or its initials, English name,
 * code or prefecture.
 * An empty query lists everything in code order.
 */
export function searchDistricts(list: readonly District[], query: string): DistrictHit[] {
  const raw = query.trim().toLowerCase();
  const q = fold(query);
  if (!q) return list.map((district) => ({ district, rank: 0 }));
  const hits: DistrictHit[] = [];
  for (const district of list) {
    const keys = keysOf(district);
    let rank = Infinity;
    keys.forEach((k, i) => {
      const target = i < 2 || i === 5 ? raw : q;
      if (!target) return;
      if (k === target) rank = Math.min(rank, 0);
      else if (k.startsWith(target)) rank = Math.min(rank, i === 5 ? 3 : 1);
      else if (k.includes(target)) rank = Math.min(rank, i === 5 ? 4 : 2);
    });
    // Initials ("dz" for 大足): only for a short run of letters, and only from the start.
    if (rank === Infinity && /^[a-z]{2,6}$/.test(q) && initials(fold(district.pinyin)).startsWith(q)) rank = 2;
    if (rank < Infinity) hits.push({ district, rank });
  }
  return hits.sort((a, b) => a.rank - b.rank || a.district.code.localeCompare(b.district.code));
}
