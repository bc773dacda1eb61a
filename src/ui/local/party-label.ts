import { partyName } from '../../agreements/new-areas';
import type { PlaceBook } from '../../agreements/places';
import type { Party } from '../../data/agreement-schema';
import { placeOfCode, provinceCodeOf } from '../../data/agreements';
import type { Lang } from '../../state/view-vocab';

export interface PartyLabel {
  name: string;
  /** The Chinese name beside an English one, to find it in the text. */
  zh: string | null;
  /** Where a body or a new area belongs, in English (they have no English name of their own). */
  of: string | null;
  /** The province (500000 or 510000) of a place below the provinces: which side of the border it is on. */
  side: '500000' | '510000' | null;
}

/** The province a code below the provincial level lies in, when it is Chongqing or Sichuan. */
const sideOf = (code: string | null): PartyLabel['side'] => {
  if (!code || code.endsWith('0000')) return null;
  const province = provinceCodeOf(code);
  return province === '500000' || province === '510000' ? province : null;
};

/**
 * How the review names a party: in Chinese as the extractor found it; in English the place's English
 * name with the Chinese beside it, or, for a body or a new area, their Chinese name (a new area's
 * sourced English name where it has one, the Chinese beside it) and the place they belong to. Either way with the side of the border, so a list of parties reads as who meets whom.
 */
export function partyLabel(party: Party, book: PlaceBook, lang: Lang): PartyLabel {
  const side = sideOf(party.code);
  const place = lang === 'en' && party.code ? placeOfCode(party.code) : undefined;
  const info = place ? book.info(place) : null;
  if (!info) return { name: party.name, zh: null, of: null, side };
  switch (party.level) {
    case 'county':
    case 'prefecture':
    case 'province':
      return { name: info.nameEn, zh: party.name, of: null, side };
    case 'new-area': {
      // A new area with a sourced English name (src/agreements/new-area-names.ts) goes by it, the Chinese beside it.
      const en = partyName(party, lang);
      return en !== party.name ? { name: en, zh: party.name, of: info.nameEn, side } : { name: party.name, zh: null, of: info.nameEn, side };
    }
    case 'organisation':
      return { name: party.name, zh: null, of: info.nameEn, side };
  }
}
