import type { Agreement } from '../data/agreement-schema';
import type { AgreementIndex } from '../data/agreements';
import type { Lang } from '../i18n/strings';
import { ownPlace, placeName, type PlaceBook } from './places';
import { partyName } from './new-areas';

export interface PartyName {
  text: string;
  /**
   * The party's own name as the article gives it, in Chinese whatever the language: a body, a new
   * area, or a place the atlas does not know. The atlas has no English name of its own for these,
   * and none is made up.
   */
  own: boolean;
}

/**
 * An agreement's parties named as the panels name them: a district, prefecture or province that a
 * party simply is, by the atlas's name for that place in the interface language (placeName: the
 * district panel's and the map's names); a new area by its sourced name; any other party by its own name.
 */
export function partyNames(a: Agreement, index: Pick<AgreementIndex, 'places'>, book: PlaceBook, lang: Lang): PartyName[] {
  const parties = index.places.get(a.id) ?? a.parties.map((party) => ({ party, places: [] }));
  return parties.map((p) => {
    const place = ownPlace(p);
    const info = place ? book.info(place) : null;
    if (info) return { text: placeName(info, p.party.name, lang), own: false };
    // A new area by its sourced English name (new-area-names.ts); any other party by its own name.
    const text = partyName(p.party, lang, book);
    return { text, own: text === p.party.name };
  });
}
