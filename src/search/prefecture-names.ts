import type { AdminLabelsFile } from '../data/schemas';
import { fold } from './normalise';
import { initials } from './pinyin';

/** A prefecture's names as the search compares them: Chinese as written, the rest folded. */
export interface PrefectureKeys {
  /** Full and short Chinese name (成都市, 成都). */
  zh: readonly string[];
  /** Folded toneless pinyin and English names (chengdu, chengducity). */
  latin: readonly string[];
  /** Initials of the pinyin (cd). */
  initials: string;
}

/**
 * The names of each district's prefecture, by its code, from the admin label points (whose pinyin
 * and English names scripts/geodata/build.ts derives with pinyin-pro and names.ts). Chongqing's
 * districts belong to no prefecture: their "prefecture" is the municipality itself, named by its
 * province-level label.
 */
export function prefectureNames(labels: AdminLabelsFile | null): ReadonlyMap<string, PrefectureKeys> {
  const byCode = new Map<string, PrefectureKeys>();
  const features = [...(labels?.features ?? [])].sort((a, b) => (a.properties.level === 'prefecture' ? -1 : 0) - (b.properties.level === 'prefecture' ? -1 : 0));
  for (const { properties: p } of features) {
    if (byCode.has(p.code)) continue;
    const pinyin = fold(p.short_en);
    byCode.set(p.code, { zh: [p.name, p.short], latin: [pinyin, fold(p.name_en)], initials: initials(pinyin) });
  }
  return byCode;
}
