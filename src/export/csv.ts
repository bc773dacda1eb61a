import { EXPORT_COLUMNS, type ExportRow } from './export-row';

/** The byte-order mark: without it Excel reads UTF-8 as the local code page and garbles Chinese. */
export const BOM = '\uFEFF';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled. A leading =,+,-,@ is defused so a spreadsheet never runs it as a formula. */
export function csvField(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The export rows in the order given (the table's), as CSV text with a BOM and CRLF line ends. */
export function agreementsCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const r of rows) lines.push(EXPORT_COLUMNS.map((c) => csvField(r[c])).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
