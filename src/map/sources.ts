import type { SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { FarContext, MapData } from '../data/map-data';
import { SOURCE, type SourceId } from './ids';
import { adminLabelPoints, contextLabelPoints, districtLabelPoints } from './label-points';
import { allPlaces } from './agreement-overlay';
import { placeBookFor } from '../agreements/places';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * What each source shows; a file that failed to load shows nothing rather than stopping the map.
 * The far context is empty until it is loaded (farSourceData).
 */
export function sourceData(data: MapData): Record<SourceId, FeatureCollection> {
  return {
    ...farSourceData(data, { contextCountries: null, sea: null }),
    [SOURCE.rivers]: data.rivers ?? EMPTY,
    [SOURCE.contextProvinces]: data.contextProvinces ?? EMPTY,
    [SOURCE.districts]: data.districts.geojson as FeatureCollection,
    [SOURCE.borders]: data.borders ?? EMPTY,
    [SOURCE.adminLabels]: adminLabelPoints(data.adminLabels, data.districts.list) as FeatureCollection,
    [SOURCE.districtLabels]: districtLabelPoints(data.districts.list),
    [SOURCE.transportLines]: data.transport.lines as FeatureCollection,
    [SOURCE.transportPoints]: data.transport.points as FeatureCollection,
    // Set by src/map/effects/agreements.ts for the current selection, and for the filters.
    [SOURCE.agreementArcs]: EMPTY,
    [SOURCE.agreementNetwork]: EMPTY,
    // Every place, each shown by feature-state when the selection or the network names it.
    [SOURCE.agreementPlaces]: allPlaces(placeBookFor(data.districts.list, data.adminLabels), data.districts.list, data.adminLabels),
  };
}

/** The sources the far context feeds: the countries and the sea, and the context names (countries' with provinces'). */
export function farSourceData(data: Pick<MapData, 'contextProvinces'>, far: FarContext): Record<typeof SOURCE.countries | typeof SOURCE.sea | typeof SOURCE.contextLabels, FeatureCollection> {
  return {
    [SOURCE.countries]: far.contextCountries ?? EMPTY,
    [SOURCE.sea]: far.sea ?? EMPTY,
    [SOURCE.contextLabels]: contextLabelPoints(far.contextCountries, data.contextProvinces),
  };
}

/**
 * Douglas–Peucker tolerance, in pixels of a 512-pixel tile at each zoom, for the area and boundary
 * sources; MapLibre's default is 0.375. Boundaries then lie at most about 2 screen pixels from
 * the built geometry at any zoom, which the eye does not tell apart at the scale shown (checked
 * on screenshots at zooms 5.6, 8.2 and 10), and each frame has far fewer line vertices: with
 * software WebGL a full frame fell from about 105 to 70 ms, a legend toggle's p95 from 134–184 to
 * 95–100 ms, and mapReady from 1.74–1.86 to 1.63 s (A/B runs against the default). Transport
 * lines keep the default, so that a line still passes through its station circles.
 */
export const AREA_TOLERANCE = 1.5;

const AREA_SOURCES: readonly SourceId[] = [SOURCE.countries, SOURCE.contextProvinces, SOURCE.sea, SOURCE.rivers, SOURCE.districts, SOURCE.borders];

/**
 * The name points (district, prefecture, province and context names) are tiled up to zoom 5 and
 * overzoomed beyond: the home view (zoom ~6.4) then needs one or two of their tiles instead of
 * four to six, so the worker lays out, and the page receives, fewer symbol buckets and glyph
 * atlases. A point is kept to 1/8192 of a zoom-5 tile, at most 2 px off at MAX_ZOOM (11): nothing
 * for a name. Not for stations and hubs (they sit on their lines) nor the agreements' places (the
 * arcs end at them).
 */
export const LABEL_MAXZOOM = 5;
const LABEL_SOURCES: readonly SourceId[] = [SOURCE.adminLabels, SOURCE.districtLabels, SOURCE.contextLabels];

/** promoteId lets feature-state address districts by their admin code, transport and arcs by id, places by key. */
const PROMOTE_ID: Partial<Record<SourceId, string>> = {
  [SOURCE.districts]: 'code',
  [SOURCE.transportLines]: 'id',
  [SOURCE.transportPoints]: 'id',
  [SOURCE.agreementArcs]: 'id',
  [SOURCE.agreementNetwork]: 'id',
  [SOURCE.agreementPlaces]: 'key',
};

/**
 * Sources start empty: the map (and its worker) can start while the data files are still loading,
 * and the data is handed over with setData once validated.
 */
export function emptySources(): Record<SourceId, SourceSpecification> {
  const source = (id: SourceId): SourceSpecification => ({
    type: 'geojson',
    data: EMPTY,
    ...(AREA_SOURCES.includes(id) ? { tolerance: AREA_TOLERANCE } : {}),
    ...(LABEL_SOURCES.includes(id) ? { maxzoom: LABEL_MAXZOOM } : {}),
    ...(PROMOTE_ID[id] ? { promoteId: PROMOTE_ID[id] } : {}),
  });
  return Object.fromEntries(Object.values(SOURCE).map((id) => [id, source(id)])) as Record<SourceId, SourceSpecification>;
}
