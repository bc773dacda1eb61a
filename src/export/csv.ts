import type { AgreementRow } from '../table/agreement-rows';

/** The byte-order mark: without it Excel reads UTF-8 as the local code page and garbles Chinese. */
export const BOM = '\uFEFF';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled. A leading =,+,-,@ is defused so a spreadsheet never runs it as a formula. */
export function csvField(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = ['id', 'date', 'first_reported', 'kind', 'domains', 'title_zh', 'title_en', 'parties', 'article', 'quote', 'confidence'] as const;

/** The agreement rows exactly as the table shows them (same order), as CSV text with a BOM and CRLF line ends. */
export function agreementsCsv(rows: readonly AgreementRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows)
    lines.push(
      [r.id, r.date, r.first_reported, r.kind, r.domains.join(';'), r.title_zh, r.title_en, r.parties, r.article, r.quote, r.confidence].map(csvField).join(','),
    );
  return BOM + lines.join('\r\n') + '\r\n';
}
