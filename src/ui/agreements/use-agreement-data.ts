import { placeBookFor, type PlaceBook } from '../../agreements/places';
import type { MapData } from '../../state/data-store';

/** The place book of the loaded data (names and anchors of districts, prefectures and provinces). */
export const bookOf = (data: MapData): PlaceBook => placeBookFor(data.districts.list, data.adminLabels);
