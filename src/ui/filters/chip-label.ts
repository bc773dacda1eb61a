import type { ActiveFilter } from '../../filters/agreement-filter';
import type { Strings } from '../../i18n/strings';

/** How a chip and the empty state name one active filter. */
export function chipLabel(a: ActiveFilter, t: Strings): string {
  switch (a.key) {
    case 'domain':
      return t.domains[a.value];
    case 'kind':
      return t.kinds[a.value];
    case 'years':
      return t.chipYears(a.value[0], a.value[1]);
    case 'partner':
      return `${t.filterPartner} ${t.filterPartners[a.value]}`;
    case 'confidence':
      return t.chipConfidence(a.value);
    case 'asOf':
      return t.chipAsOf(a.value);
  }
}

export const chipKey = (a: ActiveFilter): string => `${a.key}:${String(a.value)}`;
