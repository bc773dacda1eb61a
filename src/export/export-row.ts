import { partyName } from '../agreements/new-areas';
import type { Agreement } from '../data/agreement-schema';
import { provinceCodeOf, type AgreementIndex } from '../data/agreements';
import type { PlaceBook } from '../agreements/places';
import { ownPlace, placeName } from '../agreements/places';
import { readable } from '../agreements/readable';
import type { Lang, Strings } from '../i18n/strings';

/**
 * One exported agreement: the row the CSV writes and the properties every GeoJSON line carries, so
 * the two files always hold the same fields. List columns (`parties`, `party_*`) hold one entry per
 * party in the same order, separated by `;`, so they can be split and joined to other data by code.
 */
export interface ExportRow {
  id: string;
  date: string | null;
  /** The year of the earliest article that reports it: for an undated one, the year the time slider counts it from. */
  first_reported: number | null;
  kind: Agreement['kind'];
  kind_label: string;
  domains: string;
  domain_labels: string;
  title_zh: string;
  title_en: string;
  /** Each party's name in the interface language where the atlas has one (a district, prefecture or province); a body keeps its Chinese name. */
  parties: string;
  parties_zh: string;
  /** GB/T 2260 code per party (a body: its place's code; a new area: the first district it lies in); empty where unknown. */
  party_codes: string;
  party_levels: string;
  /** The province code of each party's code (500000 Chongqing, 510000 Sichuan, …); empty where the code is unknown. */
  party_provinces: string;
  /** Parties the map cannot draw: no known place. */
  unplaced: string;
  article: string;
  article_title: string | null;
  newspaper: string | null;
  article_date: string | null;
  /** The sentence as the reader and the cards show it: the newspaper's print line breaks removed. */
  quote: string;
  confidence: number;
  /** Why the extractor is unsure, as codes and in the interface language (empty: no doubt recorded). */
  reasons: string;
  reason_labels: string;
}

export const EXPORT_COLUMNS = [
  'id', 'date', 'first_reported', 'kind', 'kind_label', 'domains', 'domain_labels', 'title_zh', 'title_en',
  'parties', 'parties_zh', 'party_codes', 'party_levels', 'party_provinces', 'unplaced',
  'article', 'article_title', 'newspaper', 'article_date', 'quote', 'confidence', 'reasons', 'reason_labels',
] as const satisfies readonly (keyof ExportRow)[];

/** What a reader of the file needs beside the codes: names in the interface language, and each article as it would be cited. */
export interface ExportWords {
  lang: Lang;
  t: Pick<Strings, 'kinds' | 'domains' | 'reasons' | 'reasonSeparator'>;
  article: (file: string) => { title: string; newspaper: string; date: string } | undefined;
}

const LIST = ';';
const provinceOf = (code: string | null): string => (code ? provinceCodeOf(code) : '');

/** The row of one agreement, from the index it is shown in (its parties' places, its first report) and the place names. */
export function exportRow(a: Agreement, index: Pick<AgreementIndex, 'places' | 'reportedYear'>, book: PlaceBook, words: ExportWords): ExportRow {
  const parties = index.places.get(a.id) ?? a.parties.map((party) => ({ party, places: [] }));
  // A district, prefecture or province party is its place: the atlas names it in both languages; a new area by its sourced English name.
  const name = (p: (typeof parties)[number]): string => {
    const place = ownPlace(p);
    return place ? placeName(book.info(place), p.party.name, words.lang) : partyName(p.party, words.lang);
  };
  const source = words.article(a.article);
  const list = <T>(xs: readonly T[], f: (x: T) => string) => xs.map(f).join(LIST);
  const reasons = a.reasons ?? [];
  return {
    id: a.id,
    date: a.date,
    first_reported: index.reportedYear.get(a.id) ?? null,
    kind: a.kind,
    kind_label: words.t.kinds[a.kind],
    domains: a.domains.join(LIST),
    domain_labels: list(a.domains, (d) => words.t.domains[d]),
    title_zh: a.title_zh,
    title_en: a.title_en,
    parties: list(parties, name),
    parties_zh: list(parties, (p) => p.party.name),
    party_codes: list(parties, (p) => p.party.code ?? ''),
    party_levels: list(parties, (p) => p.party.level),
    party_provinces: list(parties, (p) => provinceOf(p.party.code)),
    unplaced: list(
      parties.filter((p) => p.places.length === 0),
      (p) => p.party.name,
    ),
    article: a.article,
    article_title: source?.title ?? null,
    newspaper: source?.newspaper ?? null,
    article_date: source?.date ?? null,
    quote: readable(a.quote),
    confidence: a.confidence,
    reasons: reasons.join(LIST),
    reason_labels: reasons.map((r) => words.t.reasons[r]).join(words.t.reasonSeparator),
  };
}
