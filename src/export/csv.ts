import type { CountBasis } from '../agreements/selectors';
import type { DistrictRow } from '../table/agreement-rows';
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
  return csvText(EXPORT_COLUMNS, rows.map((r) => EXPORT_COLUMNS.map((c) => r[c])));
}

function csvText(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = [header.join(',')];
  for (const r of rows) lines.push(r.map(csvField).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

export const DISTRICT_COLUMNS = ['code', 'name_zh', 'name_en', 'agreements', 'count_basis', 'count_basis_label', 'lines', 'line_names'] as const;

/**
 * The district table as shown: one row per district in the table's order, its count under the
 * basis the count map uses (`count_basis`, and in words in the interface language) and the lines
 * crossing it (ids, and names in the interface language).
 */
export function districtsCsv(rows: readonly DistrictRow[], words: { basis: CountBasis; basisLabel: string; lineName: (id: string) => string; separator: string }): string {
  return csvText(
    DISTRICT_COLUMNS,
    rows.map((r) => [r.code, r.name, r.nameEn, r.agreements, words.basis, words.basisLabel, r.lines.join(';'), r.lines.map(words.lineName).join(words.separator)]),
  );
}
