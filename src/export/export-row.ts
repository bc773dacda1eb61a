import type { Agreement } from '../data/agreement-schema';
import { articleCount, provinceCodeOf, reportsOf, type AgreementIndex } from '../data/agreements';
import type { PlaceBook } from '../agreements/places';
import { partyNames } from '../agreements/party-names';
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
  /** How many articles report it (见于N篇报道), and each of them (its file, or local-… for one a planner added) and its title. */
  reported_in: number;
  articles: string;
  article_titles: string;
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
  'article', 'article_title', 'newspaper', 'article_date', 'reported_in', 'articles', 'article_titles', 'quote', 'confidence', 'reasons', 'reason_labels',
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
  const source = words.article(a.article);
  const list = <T>(xs: readonly T[], f: (x: T) => string) => xs.map(f).join(LIST);
  const reasons = a.reasons ?? [];
  const reporting = [...new Set(reportsOf(a).map((r) => r.article))];
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
    parties: list(partyNames(a, index, book, words.lang), (p) => p.text),
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
    reported_in: articleCount(a),
    articles: list(reporting, (f) => f),
    article_titles: list(reporting, (f) => words.article(f)?.title ?? ''),
    quote: readable(a.quote),
    confidence: a.confidence,
    reasons: reasons.join(LIST),
    reason_labels: reasons.map((r) => words.t.reasons[r]).join(words.t.reasonSeparator),
  };
}
