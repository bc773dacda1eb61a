/**
 * A file name that says what and when: `chengyu-agreements-2020-2021-asof2027-20261201-2107.csv`.
 * The date is the export's (local time, to the minute); the filters' years and the as-of year are
 * added when set, so two exports of different views never share a name.
 */
export function exportFileName(what: string, ext: string, when: Date, view: { years: [number, number] | null; asOf: number | null }): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${when.getFullYear()}${p(when.getMonth() + 1)}${p(when.getDate())}-${p(when.getHours())}${p(when.getMinutes())}`;
  const parts = ['chengyu', what];
  if (view.years) parts.push(view.years[0] === view.years[1] ? `${view.years[0]}` : `${view.years[0]}-${view.years[1]}`);
  if (view.asOf !== null) parts.push(`asof${view.asOf}`);
  parts.push(stamp);
  return `${parts.join('-')}.${ext}`;
}
