import type { District } from '../data/districts';
import { fold } from './normalise';
import { initials, maybeInitials } from './pinyin';
import type { PrefectureKeys } from './prefecture-names';

export interface DistrictHit {
  district: District;
  /**
   * Lower is better: 0 the district's own name exactly; 1 its prefecture's name exactly (Chinese,
   * short, pinyin or English); 2 the start of the district's name; 3 inside its name, or its
   * initials; 4 the start of its prefecture's name; 5 inside the prefecture's Chinese name;
   * 6 the prefecture's initials.
   */
  rank: number;
}

/**
 * A one-character name is read with its unit, as people say it: 忠县 zhongxian, 高县 gaoxian, 泸县
 * luxian (their pinyin is the proper name alone, Zhōng). Longer names are found by the name alone.
 */
const UNIT_PINYIN: Readonly<Record<string, string>> = { 县: 'xian', 区: 'qu', 市: 'shi' };
const withUnit = (d: District) => (d.short === d.name && d.name.length === 2 ? `${fold(d.pinyin)}${UNIT_PINYIN[d.name.slice(1)] ?? ''}` : null);

/** The prefecture's names when the admin labels are not at hand: its Chinese name only. */
const chineseOnly = (d: District): PrefectureKeys => ({ zh: [d.prefecture], latin: [], initials: '' });

function prefectureRank(keys: PrefectureKeys, raw: string, q: string, lettersOnly: boolean): number {
  if (keys.zh.includes(raw) || (q && keys.latin.includes(q))) return 1;
  if (keys.zh.some((k) => k.startsWith(raw)) || (q && keys.latin.some((k) => k.startsWith(q)))) return 4;
  if (keys.zh.some((k) => k.includes(raw))) return 5;
  if (lettersOnly && keys.initials.startsWith(q)) return 6;
  return Infinity;
}

/**
 * Finds districts by Chinese name or short name, toneless pinyin or its initials, English name,
 * code, or their prefecture's name (Chinese, pinyin, English or initials; `prefectures` from
 * prefectureNames, else the Chinese name only). An empty query lists everything in code order.
 */
export function searchDistricts(list: readonly District[], query: string, prefectures?: ReadonlyMap<string, PrefectureKeys>): DistrictHit[] {
  const raw = query.trim().toLowerCase();
  const q = fold(query);
  if (!q) return list.map((district) => ({ district, rank: 0 }));
  // Initials ("dz" for 大足, "my" for 绵阳): only for a short run of letters, and only from the start.
  const lettersOnly = maybeInitials(q);
  const byPrefecture = new Map<string, number>();
  const hits: DistrictHit[] = [];
  for (const district of list) {
    let rank = Infinity;
    const unit = withUnit(district);
    for (const [k, target, latin] of [
      [district.name, raw, false],
      [district.short, raw, false],
      [fold(district.pinyin), q, true],
      ...(unit ? ([[unit, q, true]] as const) : []),
      [fold(district.nameEn), q, true],
      [district.code, q, false],
    ] as const) {
      const key = k.toLowerCase();
      if (key === target) rank = Math.min(rank, 0);
      else if (key.startsWith(target)) rank = Math.min(rank, 2);
      // (Two letters inside run-together pinyin or English match by chance: "sc" in AutonomousCounty.)
      else if (key.includes(target) && !(latin && target.length < 3)) rank = Math.min(rank, 3);
    }
    if (rank === Infinity && lettersOnly && (initials(fold(district.pinyin)).startsWith(q) || (unit !== null && initials(unit) === q))) rank = 3;
    if (rank > 1) {
      let p = byPrefecture.get(district.prefectureCode);
      if (p === undefined) {
        p = prefectureRank(prefectures?.get(district.prefectureCode) ?? chineseOnly(district), raw, q, lettersOnly);
        byPrefecture.set(district.prefectureCode, p);
      }
      rank = Math.min(rank, p);
    }
    if (rank < Infinity) hits.push({ district, rank });
  }
  return hits.sort((a, b) => a.rank - b.rank || a.district.code.localeCompare(b.district.code));
}
