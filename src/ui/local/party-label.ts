import type { PlaceBook } from '../../agreements/places';
import type { Party } from '../../data/agreement-schema';
import { placeOfCode } from '../../data/agreements';
import type { Lang } from '../../state/view-vocab';

/**
 * How the review names a party: in Chinese as the extractor found it; in English the place's English
 * name with the Chinese beside it (to find it in the text), or, for a body or a new area (no English
 * name of their own), their Chinese name and the place they belong to.
 */
export function partyLabel(party: Party, book: PlaceBook, lang: Lang): { name: string; zh: string | null; of: string | null } {
  const place = lang === 'en' && party.code ? placeOfCode(party.code) : undefined;
  const info = place ? book.info(place) : null;
  if (!info) return { name: party.name, zh: null, of: null };
  switch (party.level) {
    case 'county':
    case 'prefecture':
    case 'province':
      return { name: info.nameEn, zh: party.name, of: null };
    case 'new-area':
    case 'organisation':
      return { name: party.name, zh: null, of: info.nameEn };
  }
}
