import type { Agreement } from '../data/agreement-schema';
import { parsePlaceKey, type AgreementIndex, type PlaceKey } from '../data/agreements';
import type { Lang } from '../i18n/strings';
import { placeName, type PlaceBook } from './places';
import { newAreasAt } from './selectors';
import { areaPartyName } from './new-areas';
import { partOfName } from './area-name';

/**
 * A place as a pair or a network link names it: a district by its name; a prefecture or province
 * by its name marked as the whole of it (眉山市（全域）), since its arc is drawn from one point and
 * could be read as the district there. The name already says 市 or 省, so the level is not repeated.
 */
export function linkPlaceLabel(key: PlaceKey, book: PlaceBook, lang: Lang, whole: (name: string) => string): string {
  const p = parsePlaceKey(key);
  const name = placeName(book.info(p), p.code, lang);
  return p.level === 'district' ? name : whole(name);
}

/**
 * The two places of a link as its agreements name them: a district that stands for a new area or a
 * body in it is named by it (两江新区（渝北区） — 四川天府新区（双流区）, 果园港（江北区）), not only by
 * the district it is drawn at (newAreasAt, the partner lists' rule too); in English a new area by its
 * English name (Liangjiang New Area (Yubei District)) where it has a sourced one.
 */
export function pairPlaceLabels(
  index: AgreementIndex,
  pair: readonly [PlaceKey, PlaceKey],
  list: readonly Agreement[],
  book: PlaceBook,
  lang: Lang,
  t: { nameSep: string; placeWhole: (name: string) => string; newAreaAt: (areas: string, district: string) => string; newAreaAlso: (district: string, areas: string) => string },
): [string, string] {
  const label = (key: PlaceKey, other: PlaceKey) => {
    const base = linkPlaceLabel(key, book, lang, t.placeWhole);
    const { names, only } = newAreasAt(index, key, list, other);
    if (!names.length) return base;
    const areas = names.map((name) => areaPartyName(name, lang, book)).join(t.nameSep);
    // A part named after the district (川渝高竹新区（邻水县部分）) says where it is already.
    const placed = names.every((name) => partOfName(name) === book.info(parsePlaceKey(key))?.name);
    return only ? (placed ? areas : t.newAreaAt(areas, base)) : t.newAreaAlso(base, areas);
  };
  return [label(pair[0], pair[1]), label(pair[1], pair[0])];
}
