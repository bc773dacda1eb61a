import type { ActiveFilter } from '../filters/agreement-filter';

const PARTNER: Record<string, string> = { '500000': 'chongqing', '510000': 'sichuan', other: 'elsewhere' };

/** One active filter, briefly, for a file name: `tourism-culture`, `2020-2021`, `with-sichuan`. */
function part(a: ActiveFilter): string {
  switch (a.key) {
    case 'domain':
    case 'kind':
      return a.value;
    case 'years':
      return (a.value[0] === a.value[1] ? `${a.value[0]}` : `${a.value[0]}-${a.value[1]}`) + (a.undatedByReport ? '-incl-undated' : '');
    case 'partner':
      return `with-${PARTNER[a.value] ?? a.value}`;
    case 'confidence':
      return `conf${Math.round(a.value * 100)}`;
    case 'asOf':
      return `asof${a.value}`;
  }
}

/** More fields or kinds than this are counted (`3fields`) rather than listed, to keep the name short. */
const LISTED = 2;

/**
 * A file name that says what, for which view and when:
 * `chengyu-agreements-tourism-culture-2020-2021-with-sichuan-20261201-2107.csv`. The date is the
 * export's (local time, to the minute); each active filter adds a short part, so two exports of
 * different views never share a name.
 */
export function exportFileName(what: string, ext: string, when: Date, filters: readonly ActiveFilter[]): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${when.getFullYear()}${p(when.getMonth() + 1)}${p(when.getDate())}-${p(when.getHours())}${p(when.getMinutes())}`;
  const parts = ['chengyu', what];
  for (const [key, plural] of [['domain', 'fields'], ['kind', 'kinds']] as const) {
    const of = filters.filter((f) => f.key === key);
    if (of.length > LISTED) parts.push(`${of.length}${plural}`);
    else parts.push(...of.map(part));
  }
  parts.push(...filters.filter((f) => f.key !== 'domain' && f.key !== 'kind').map(part));
  parts.push(stamp);
  return `${parts.join('-')}.${ext}`;
}
