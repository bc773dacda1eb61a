import type { Agreement } from '../data/agreement-schema';
import type { AgreementRow } from '../table/agreement-rows';

/** The byte-order mark: without it Excel reads UTF-8 as the local code page and garbles Chinese. */
export const BOM = '\uFEFF';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled. A leading =,+,-,@ is defused so a spreadsheet never runs it as a formula. */
export function csvField(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'first_reported',
  'kind',
  'kind_label',
  'domains',
  'domain_labels',
  'title_zh',
  'title_en',
  'parties',
  'article',
  'article_title',
  'newspaper',
  'article_date',
  'quote',
  'confidence',
] as const;

/** What a reader of the file needs beside the codes: the kind and fields in the interface language, and each article as it would be cited. */
export interface CsvWords {
  kinds: Record<Agreement['kind'], string>;
  domains: Record<Agreement['domains'][number], string>;
  /** A list's separator in the interface language (、 or , ). */
  join: string;
  article: (file: string) => { title: string; newspaper: string; date: string } | undefined;
}

/** The agreement rows exactly as the table shows them (same order), as CSV text with a BOM and CRLF line ends. */
export function agreementsCsv(rows: readonly AgreementRow[], words: CsvWords): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    const source = words.article(r.article);
    const cells = [
      r.id,
      r.date,
      r.first_reported,
      r.kind,
      words.kinds[r.kind],
      r.domains.join(';'),
      r.domains.map((d) => words.domains[d]).join(words.join),
      r.title_zh,
      r.title_en,
      r.parties,
      r.article,
      source?.title ?? null,
      source?.newspaper ?? null,
      source?.date ?? null,
      r.quote,
      r.confidence,
    ];
    lines.push(cells.map(csvField).join(','));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
