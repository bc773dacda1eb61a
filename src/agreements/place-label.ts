import { parsePlaceKey, type PlaceKey } from '../data/agreements';
import type { Lang } from '../i18n/strings';
import { placeName, type PlaceBook } from './places';

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
