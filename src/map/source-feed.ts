import type { FeatureCollection } from 'geojson';
import type { MapData } from '../data/map-data';
import { FILES } from '../data/files';
import { SOURCE, type SourceId } from './ids';
import { sourceData } from './sources';

/**
 * What MapView hands each source: `sourceData`, except that a file drawn exactly as it was fetched
 * (and validated) goes by its URL, for MapLibre's worker to fetch again (a revalidation of the
 * copy just loaded) and parse itself. Handed over as objects, these files (1.3 MB, the districts
 * 0.9 MB of it) were walked value by value on the main thread to be posted to the worker, and
 * again in the worker to be read, while the first map waited for both.
 */
export function sourceFeed(data: MapData): Record<SourceId, FeatureCollection | string> {
  return {
    ...sourceData(data),
    [SOURCE.districts]: FILES.districts.url,
    ...(data.borders ? { [SOURCE.borders]: FILES.borders.url } : {}),
    ...(data.contextProvinces ? { [SOURCE.contextProvinces]: FILES.contextProvinces.url } : {}),
    ...(data.rivers ? { [SOURCE.rivers]: FILES.rivers.url } : {}),
  };
}
