import type { AdminLabelsFile } from '../data/schemas';
import type { District } from '../data/districts';
import type { Place } from '../data/agreements';
import type { Party } from '../data/agreement-schema';
import type { Lang } from '../i18n/strings';
import { PROVINCE_SEATS } from './seats';

/** What the map and the panels need to name and draw a place: its names and an anchor point. */
export interface PlaceInfo {
  name: string;
  nameEn: string;
  /**
   * Where arcs and rings are drawn: a district's label point; a prefecture's label point; a
   * province's seat of government (the label point of the district hosting it, see seats.ts).
   */
  anchor: [number, number] | null;
  /** A province drawn at its seat: the code of the district hosting its government. */
  seat?: string;
  /** The districts it covers (one for a district, all of a prefecture or province). */
  districts: readonly string[];
}

export interface PlaceBook {
  info(place: Place): PlaceInfo | null;
  /** The district a click on a prefecture or province goes to: its first district by code. */
  entryDistrict(place: Place): string | null;
}

/** Names and anchors of every place, from the districts and the admin label points (null when that file failed). */
export function placeBook(districts: readonly District[], adminLabels: AdminLabelsFile | null): PlaceBook {
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const labels = new Map((adminLabels?.features ?? []).map((f) => [`${f.properties.level}:${f.properties.code}`, f]));
  const members = new Map<string, string[]>();
  for (const d of districts) {
    for (const key of [`prefecture:${d.prefectureCode}`, `province:${d.provinceCode}`]) (members.get(key) ?? members.set(key, []).get(key)!).push(d.code);
  }
  const info = (place: Place): PlaceInfo | null => {
    if (place.level === 'district') {
      const d = byCode.get(place.code);
      return d ? { name: d.name, nameEn: d.nameEn, anchor: d.label, districts: [d.code] } : null;
    }
    const key = `${place.level}:${place.code}`;
    const label = labels.get(key);
    const inside = members.get(key) ?? [];
    if (!label && inside.length === 0) return null;
    const first = byCode.get(inside[0] ?? '');
    const seat = place.level === 'province' ? byCode.get(PROVINCE_SEATS[place.code]?.district ?? '') : undefined;
    return {
      name: label?.properties.name ?? (place.level === 'prefecture' ? first?.prefecture : undefined) ?? place.code,
      nameEn: label?.properties.name_en ?? label?.properties.name ?? place.code,
      anchor: seat ? seat.label : label ? (label.geometry.coordinates as [number, number]) : null,
      ...(seat ? { seat: seat.code } : {}),
      districts: inside,
    };
  };
  return {
    info,
    entryDistrict: (place) => (place.level === 'district' ? place.code : ([...(members.get(`${place.level}:${place.code}`) ?? [])].sort()[0] ?? null)),
  };
}

/**
 * The place a party simply is — a district, prefecture or province named as itself — or null: a
 * body or a new area stands for its places but is not one, and keeps its own name.
 */
export const ownPlace = ({ party, places }: { party: Party; places: readonly Place[] }): Place | null =>
  places.length === 1 && party.level !== 'organisation' && party.level !== 'new-area' ? places[0]! : null;

export const placeName = (info: PlaceInfo | null, fallback: string, lang: Lang): string => (info ? (lang === 'zh' ? info.name : info.nameEn) : fallback);

const BOOKS = new WeakMap<readonly District[], PlaceBook>();
/** One book per loaded district list, built on first use. */
export function placeBookFor(districts: readonly District[], adminLabels: AdminLabelsFile | null): PlaceBook {
  let book = BOOKS.get(districts);
  if (!book) BOOKS.set(districts, (book = placeBook(districts, adminLabels)));
  return book;
}
