import type { Agreement, Party } from '../data/agreement-schema';
import { subIndex, type AgreementIndex } from '../data/agreements';
import { AREA_ALIASES } from '../extract/area-aliases';
import type { Lang } from '../i18n/strings';
import { NEW_AREA_NAMES } from './new-area-names';
import { partnersOf, type Partner } from './selectors';
import { areaOfName, partOfName } from './area-name';
import type { PlaceBook } from './places';

/**
 * A new area or zone as a place of its own: its names, the district that administers it (`main`,
 * where it is drawn, linked and counted: docs/agreements.md) and the other districts it spans, with
 * the source that says so (the extractor's table, src/extract/area-aliases.ts: one list, not two).
 */
export interface NewArea {
  id: string;
  zh: string;
  pinyin: string;
  /** Null where no public English name was found (`enSource` says so): shown in Chinese. */
  en: string | null;
  enSource: string;
  /** Every name the articles use for it. */
  names: readonly string[];
  main: string;
  others: readonly string[];
  /** Where its districts are stated. */
  source: string;
}

export const NEW_AREAS: readonly NewArea[] = AREA_ALIASES.flatMap((a) => {
  const n = NEW_AREA_NAMES[a.zh];
  if (a.level !== 'new-area' || !n || a.codes.length === 0) return [];
  return [{ id: n.id, zh: a.zh, pinyin: n.pinyin, en: n.en, enSource: n.enSource, names: [...new Set([a.zh, ...a.names])], main: a.codes[0]!, others: a.codes.slice(1), source: a.source }];
});

// (The organisations of the table are the river ports a hub of the map stands for.)
const HUB_EN = new Map(AREA_ALIASES.filter((a) => a.level === 'organisation').flatMap((a) => [a.zh, ...a.names].map((n) => [n, a.en] as const)));
const BY_ID = new Map(NEW_AREAS.map((a) => [a.id, a]));
const BY_ZH = new Map(NEW_AREAS.map((a) => [a.zh, a]));

export const newAreaById = (id: string): NewArea | undefined => BY_ID.get(id);

/**
 * The new area a party is, by the name it signed under: a province before the name is left out
 * (重庆两江新区), and so is a part named after it (川渝高竹新区（渝北区部分）): area-name.ts.
 */
export function newAreaOfParty(party: Pick<Party, 'name' | 'level'>): NewArea | undefined {
  if (party.level !== 'new-area') return undefined;
  const zh = areaOfName(party.name);
  return zh ? BY_ZH.get(zh) : undefined;
}

/** A new area's name in the interface language: Chinese where it has no sourced English name. */
export const newAreaName = (area: NewArea, lang: Lang): string => (lang === 'en' && area.en ? area.en : area.zh);

/**
 * A party's name as shown: as it signed (the views pass a new area's table name, areaName); in
 * English a new area by its sourced English name where it has one, with the part it signed as (Sichuan-Chongqing Gaozhu New Area
 * (Linshui County part): the district's English name from `book`, else its Chinese one); a port the
 * extractor's table knows (果园港) by the English name its agreements' titles and the map use; any
 * other party as it signed.
 */
export function partyName(party: Pick<Party, 'name' | 'level'>, lang: Lang, book?: PlaceBook): string {
  const hub = lang === 'en' ? HUB_EN.get(party.name) : undefined;
  if (hub) return hub;
  const area = lang === 'en' ? newAreaOfParty(party) : undefined;
  if (!area?.en) return party.name;
  const part = partOfName(party.name);
  if (!part) return area.en;
  const district = [area.main, ...area.others].map((code) => book?.info({ level: 'district', code })).find((i) => i?.name === part);
  return `${area.en} (${district?.nameEn ?? part} part)`;
}

/** A new area's or port's name, as a party signed by it (the views' table names, areaName), as `partyName` shows it. */
export const areaPartyName = (name: string, lang: Lang, book?: PlaceBook): string => partyName({ name, level: 'new-area' }, lang, book);

/** The agreements a new area is a party to, newest first (the index's order). */
export function newAreaAgreements(index: AgreementIndex, area: NewArea): readonly Agreement[] {
  return index.list.filter((a) => a.parties.some((p) => newAreaOfParty(p) === area));
}

/**
 * Whom a new area cooperates with: the district panel's rule (partnersOf), read at its main district
 * over its own agreements only, so a partner is every other party's place, a new area at its main
 * district. A party inside the area's own districts (果园港 in 江北区, for 两江新区) is not listed as
 * a partner of the area it lies in: its agreements are still among the area's cards.
 */
export function newAreaPartners(index: AgreementIndex, area: NewArea): Partner[] {
  const ids = new Set(newAreaAgreements(index, area).map((a) => a.id));
  const own = new Set([area.main, ...area.others]);
  return partnersOf(
    subIndex(index, (_, a) => ids.has(a.id)),
    area.main,
  ).filter((p) => !(p.place.level === 'district' && own.has(p.place.code)));
}
