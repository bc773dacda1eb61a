import { useMemo } from 'react';
import type { AgreementIndex } from '../../data/agreements';
import { visibleAgreements } from '../../filters/agreement-filter';
import { useViewStore } from '../../state/view-store';
import { placeBookFor, type PlaceBook } from '../../agreements/places';
import type { MapData } from '../../state/data-store';

/** The place book of the loaded data (names and anchors of districts, prefectures and provinces). */
export const bookOf = (data: MapData): PlaceBook => placeBookFor(data.districts.list, data.adminLabels);

/** The agreements that pass the filters and the time slider: what every panel and map layer shows. */
export function useVisibleAgreements(data: MapData): AgreementIndex {
  const filters = useViewStore((s) => s.filters);
  const asOf = useViewStore((s) => s.asOf);
  return useMemo(() => visibleAgreements(data.agreements, filters, asOf), [data, filters, asOf]);
}
