import type { FeatureCollection } from 'geojson';
import type { MapData } from '../data/map-data';
import { SOURCE, type SourceId } from './ids';
import { sourceData } from './sources';

/**
 * What MapView hands each source: `sourceData`, except that a file drawn exactly as it was fetched
 * (and validated) goes as a `blob:` URL of its validated text (`MapData.asFetched`), for MapLibre's
 * worker to read and parse itself. Handed over as objects, these files (1.3 MB, the districts
 * 0.9 MB of it) were walked value by value on the main thread to be posted to the worker, and
 * again in the worker to be read, while the first map waited for both; by their own URL, the
 * worker fetched them again (and could have drawn bytes other than those validated).
 */
export function sourceFeed(data: MapData): Record<SourceId, FeatureCollection | string> {
  const { districts, borders, contextProvinces, rivers } = data.asFetched;
  return {
    ...sourceData(data),
    ...(districts ? { [SOURCE.districts]: districts } : {}),
    ...(borders && data.borders ? { [SOURCE.borders]: borders } : {}),
    ...(contextProvinces && data.contextProvinces ? { [SOURCE.contextProvinces]: contextProvinces } : {}),
    ...(rivers && data.rivers ? { [SOURCE.rivers]: rivers } : {}),
  };
}
