import type { ActiveFilter } from '../../filters/agreement-filter';
import type { Strings } from '../../i18n/strings';
import { shownYear } from '../../filters/year-range';

/** How a chip and the empty state name one active filter. */
export function chipLabel(a: ActiveFilter, t: Strings): string {
  switch (a.key) {
    case 'domain':
      return t.domains[a.value];
    case 'kind':
      return t.kinds[a.value];
    case 'years': {
      const [from, to] = [shownYear(a.value, 'from'), shownYear(a.value, 'to')];
      const range = from !== null && to !== null ? t.chipYears(from, to) : from !== null ? t.chipYearsFrom(from) : t.chipYearsTo(to ?? a.value[1]);
      return a.undatedByReport ? t.chipWithUndated(range) : range;
    }
    case 'partner':
      return `${t.filterPartner} ${t.filterPartners[a.value]}`;
    case 'confidence':
      return t.chipConfidence(a.value);
    case 'asOf':
      return t.chipAsOf(a.value);
  }
}

export const chipKey = (a: ActiveFilter): string => `${a.key}:${String(a.value)}`;
