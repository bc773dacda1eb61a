import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../i18n/strings';
import { ACCURACIES, type Accuracy, type Mode, type Status } from '../data/transport-schema';
import type { MapData } from '../state/data-store';
import { isPoint, type TransportFeature, type TransportIndex } from '../data/transport';
import { LAYER, SOURCE, type LayerId, type SourceId } from './ids';
import { adminLabelPoints, contextLabelPoints, districtLabelPoints } from './label-points';
import { THEME, type Theme } from './theme';
import { AGREEMENTS_FILL_ON, agreementFillLayers, agreementOverlayLayers } from './layers/agreements';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const state = (key: 'hover' | 'selected'): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** The text each label layer shows in a language; used when building and when switching. */
export function labelFields(lang: Lang): Partial<Record<LayerId, ExpressionSpecification>> {
  const nameField: ExpressionSpecification = ['get', lang === 'zh' ? 'name' : 'name_en'];
  const shortField: ExpressionSpecification = ['get', lang === 'zh' ? 'short' : 'short_en'];
  return {
    [LAYER.countriesLabel]: nameField,
    [LAYER.contextProvincesLabel]: nameField,
    [LAYER.districtLabels]: ['get', lang === 'zh' ? 'label_zh' : 'label_en'],
    [LAYER.prefectureLabels]: shortField,
    [LAYER.provinceLabels]: nameField,
    [LAYER.transportPointLabels]: ['coalesce', ['get', lang === 'zh' ? 'name_zh' : 'name_en'], ['get', 'name_zh']],
    [LAYER.transportHubLabels]: ['coalesce', ['get', lang === 'zh' ? 'name_zh' : 'name_en'], ['get', 'name_zh']],
  };
}

/** What each source shows; a file that failed to load shows nothing rather than stopping the map. */
export function sourceData(data: MapData): Record<SourceId, FeatureCollection> {
  return {
    [SOURCE.countries]: data.contextCountries ?? EMPTY,
    [SOURCE.rivers]: data.rivers ?? EMPTY,
    [SOURCE.sea]: data.sea ?? EMPTY,
    [SOURCE.contextProvinces]: data.contextProvinces ?? EMPTY,
    [SOURCE.districts]: data.districts.geojson as FeatureCollection,
    [SOURCE.borders]: data.borders ?? EMPTY,
    [SOURCE.adminLabels]: adminLabelPoints(data.adminLabels, data.districts.list) as FeatureCollection,
    [SOURCE.districtLabels]: districtLabelPoints(data.districts.list),
    [SOURCE.contextLabels]: contextLabelPoints(data.contextCountries, data.contextProvinces),
    [SOURCE.transportLines]: data.transport.lines as FeatureCollection,
    [SOURCE.transportPoints]: data.transport.points as FeatureCollection,
    // Drawn by src/map/effects/agreements.ts for the current selection and map mode.
    [SOURCE.agreementArcs]: EMPTY,
    [SOURCE.agreementPlaces]: EMPTY,
  };
}

export interface TransportVisibility {
  hiddenModes: readonly Mode[];
  hiddenStatuses: readonly Status[];
}

/** Whether the legend hides a transport feature: its mode or its status is switched off. */
export function hiddenByLegend(p: { mode: Mode; status: Status }, v: TransportVisibility): boolean {
  return v.hiddenModes.includes(p.mode) || v.hiddenStatuses.includes(p.status);
}

/** The map source a transport feature is drawn from (the index's lines and points, as in sourceData). */
export const transportSourceOf = (f: TransportFeature): SourceId => (isPoint(f) ? SOURCE.transportPoints : SOURCE.transportLines);

/**
 * The `hidden` feature-state of every transport feature for one legend state, by source. A station
 * is hidden with the lines it serves: switching off high-speed rail hides the stations that only
 * high-speed lines serve, and keeps a station that a shown line still serves.
 */
export function legendStates(transport: TransportIndex, v: TransportVisibility): { source: SourceId; id: string; hidden: boolean }[] {
  const lineHidden = (id: string) => {
    const line = transport.byId.get(id);
    return line !== undefined && hiddenByLegend(line.properties, v);
  };
  return transport.features.map((f) => {
    const lines = f.properties.mode === 'station' ? (f.properties.line_ids ?? []) : [];
    return {
      source: transportSourceOf(f),
      id: f.properties.id,
      hidden: hiddenByLegend(f.properties, v) || (lines.length > 0 && lines.every(lineHidden)),
    };
  });
}

/**
 * The legend hides features through feature-state, not filters: a filter change makes the worker
 * lay the source out again, and with software WebGL that cost 3–4 frames (p95 ≈ 950 ms); a state
 * change is one frame. Hidden labels keep their collision boxes, but transport labels are placed
 * after every admin label and station names after hub names, so a hidden one can only crowd a
 * less important transport label.
 */
const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
const unlessHidden = (value: number | ExpressionSpecification): ExpressionSpecification => ['case', hidden, 0, value];

/** Which status each transport line layer draws (each looks as theme.statusLine says). */
export const LINE_LAYER_STATUSES: Record<string, readonly Status[]> = {
  [LAYER.transportOpen]: ['open'],
  [LAYER.transportPartlyOpen]: ['partially-open'],
  [LAYER.transportBuilding]: ['under-construction'],
  [LAYER.transportPlanned]: ['planned'],
};

/**
 * The status a feature is drawn with: the time slider's (feature-state `yr`, set from its dates by
 * src/time/transport-as-of.ts) or today's. A feature open today may have been under construction
 * or planned in an earlier year, so a layer takes every feature that ever had one of its statuses
 * (the filter never changes) and shows those whose status is one of its own now.
 */
const statusNow: ExpressionSpecification = ['coalesce', ['feature-state', 'yr'], ['get', 'status']];
const LATER: Record<Status, readonly Status[]> = {
  open: ['open', 'partially-open'],
  'partially-open': ['open', 'partially-open'],
  'under-construction': ['under-construction', 'open', 'partially-open'],
  planned: ['planned', 'under-construction', 'open', 'partially-open'],
};
const byStatus = (statuses: readonly Status[]): FilterSpecification => ['in', ['get', 'status'], ['literal', [...new Set(statuses.flatMap((st) => LATER[st]))]]];
/** Whether a rendered feature is drawn by its layer now (not hidden, and its status is the layer's): what a click may take. */
export function drawnByLayer(f: { layer: { id: string }; state: Record<string, unknown>; properties: Record<string, unknown> }): boolean {
  if (f.state.hidden) return false;
  const statuses = LINE_LAYER_STATUSES[f.layer.id];
  return !statuses || (statuses as readonly string[]).includes(String(f.state.yr ?? f.properties.status));
}
const drawsNow = (statuses: readonly Status[], value: number | ExpressionSpecification): ExpressionSpecification => [
  'case',
  ['in', statusNow, ['literal', [...statuses]]],
  value,
  0,
];

/** Station layers take stations only, hub layers everything else. */
const stationFilter = (stations: boolean): FilterSpecification => (stations ? ['==', ['get', 'mode'], 'station'] : ['!=', ['get', 'mode'], 'station']);

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

/** promoteId lets feature-state address districts by their admin code and transport by its id. */
const PROMOTE_ID: Partial<Record<SourceId, string>> = {
  [SOURCE.districts]: 'code',
  [SOURCE.transportLines]: 'id',
  [SOURCE.transportPoints]: 'id',
  [SOURCE.agreementArcs]: 'id',
};

/**
 * Sources start empty: the map (and its worker) can start while the data files are still loading,
 * and the data is handed over with setData once validated.
 */
function emptySources(): Record<SourceId, SourceSpecification> {
  const source = (id: SourceId): SourceSpecification => ({
    type: 'geojson',
    data: EMPTY,
    ...(AREA_SOURCES.includes(id) ? { tolerance: AREA_TOLERANCE } : {}),
    ...(PROMOTE_ID[id] ? { promoteId: PROMOTE_ID[id] } : {}),
  });
  return Object.fromEntries(Object.values(SOURCE).map((id) => [id, source(id)])) as Record<SourceId, SourceSpecification>;
}

function contextLayers(t: Theme, text: ReturnType<typeof labelFields>): LayerSpecification[] {
  const label = (id: LayerId, kind: string, minzoom: number, size: number): LayerSpecification => ({
    id,
    type: 'symbol',
    source: SOURCE.contextLabels,
    filter: ['==', ['get', 'kind'], kind],
    minzoom,
    layout: {
      'text-field': text[id]!,
      'text-font': [...t.font],
      'text-size': size,
      'symbol-placement': 'point',
    },
    paint: { 'text-color': t.contextText, 'text-halo-color': t.halo, 'text-halo-width': 1 },
  });
  // The background is land; only the sea is filled (filling every context land cost two
  // full-screen fills a frame). Labels come from each polygon's own label point: a symbol layer
  // over the polygons would label every part and every tile.
  return [
    { id: LAYER.sea, type: 'fill', source: SOURCE.sea, paint: { 'fill-color': t.sea, 'fill-antialias': false } },
    { id: LAYER.countriesLine, type: 'line', source: SOURCE.countries, paint: { 'line-color': t.landLine, 'line-width': 0.8 } },
    {
      id: LAYER.contextProvincesLine,
      type: 'line',
      source: SOURCE.contextProvinces,
      paint: { 'line-color': t.landLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    label(LAYER.countriesLabel, 'country', 3, 12),
    label(LAYER.contextProvincesLabel, 'province', 4, 12),
  ];
}

/** A number per accuracy of the feature (traced, approximate, schematic). */
const byAccuracy = (value: (a: Accuracy) => number): ExpressionSpecification =>
  ['match', ['get', 'accuracy'], ...ACCURACIES.flatMap((a) => [a, value(a)]), value('schematic')] as unknown as ExpressionSpecification;

function transportLayers(t: Theme): LayerSpecification[] {
  const colour: ExpressionSpecification = ['match', ['get', 'mode'], ...Object.entries(t.mode).flat(), '#555'] as unknown as ExpressionSpecification;
  const width: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 5, 2, 10, 4.5];
  // Within a layer, higher kinds are drawn last (on top): high-speed rail over an expressway.
  const sortKey: ExpressionSpecification = ['match', ['get', 'mode'], ...Object.entries(t.lineOrder).flat(), 0] as unknown as ExpressionSpecification;
  // Expressways sit beside a rail line they share anchors with, instead of under it.
  const offset = (w: number): ExpressionSpecification => ['case', ['==', ['get', 'mode'], 'expressway'], w * t.expresswayOffset, 0];
  const lineOffset: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 5, offset(2), 10, offset(4.5)];
  const line = (id: LayerId): LayerSpecification => {
    const statuses = LINE_LAYER_STATUSES[id]!;
    const { dash, opacity } = t.statusLine[statuses[0]!];
    return {
      id,
      type: 'line',
      source: SOURCE.transportLines,
      filter: byStatus(statuses),
      // Round caps turn zero-length dashes into dots; other dashes keep square ends.
      layout: { 'line-join': 'round', 'line-cap': dash && dash[0] !== 0 ? 'butt' : 'round', 'line-sort-key': sortKey },
      paint: {
        'line-color': colour,
        'line-width': width,
        'line-offset': lineOffset,
        // Status sets the dash and opacity; trust (traced, approximate, schematic) the edge.
        'line-opacity': unlessHidden(drawsNow(statuses, ['*', opacity, byAccuracy((a) => t.accuracyLine[a].opacity)])),
        'line-blur': ['interpolate', ['linear'], ['zoom'], 5, byAccuracy((a) => t.accuracyLine[a].blur[0]), 10, byAccuracy((a) => t.accuracyLine[a].blur[1])],
        ...(dash ? { 'line-dasharray': dash } : {}),
      },
    };
  };
  return [
    {
      // Drawn under the lines: a wide halo on the selected one only (feature-state).
      id: LAYER.transportSelected,
      type: 'line',
      source: SOURCE.transportLines,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': t.transportSelected, 'line-width': ['case', ['all', state('selected'), ['!', hidden]], 11, 0], 'line-offset': lineOffset },
    },
    {
      // A white edge under every line: where two lines meet or run together, each keeps its own
      // edge, and a dashed line's gaps show white instead of whatever is underneath.
      id: LAYER.transportCasing,
      type: 'line',
      source: SOURCE.transportLines,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': t.casing,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 3.5, 10, 7],
        'line-offset': lineOffset,
        'line-opacity': unlessHidden(['match', ['get', 'status'], 'planned', 0.5, 0.85]),
      },
    },
    line(LAYER.transportOpen),
    line(LAYER.transportPartlyOpen),
    line(LAYER.transportBuilding),
    line(LAYER.transportPlanned),
    {
      // Ports, hubs and airports: few and important, so shown from the start, larger than stations.
      id: LAYER.transportHubs,
      type: 'circle',
      source: SOURCE.transportPoints,
      filter: stationFilter(false),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, ['case', state('selected'), 8, 4.5], 10, ['case', state('selected'), 11, 8]],
        'circle-color': colour,
        'circle-opacity': unlessHidden(['match', statusNow, 'planned', t.plannedPointOpacity, 0.9]),
        'circle-stroke-opacity': unlessHidden(1),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['case', state('selected'), 3, 1.5],
      },
    },
    {
      id: LAYER.transportPoints,
      type: 'circle',
      source: SOURCE.transportPoints,
      filter: stationFilter(true),
      minzoom: 6,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ['case', state('selected'), 6, 2.5], 10, ['case', state('selected'), 8, 5]],
        'circle-color': '#ffffff',
        'circle-opacity': unlessHidden(1),
        'circle-stroke-opacity': unlessHidden(1),
        'circle-stroke-color': colour,
        'circle-stroke-width': ['case', state('selected'), 3, 1.5],
      },
    },
  ];
}

function districtLayers(t: Theme, text: ReturnType<typeof labelFields>): LayerSpecification[] {
  const provinceFill: ExpressionSpecification = [
    'match',
    ['get', 'province_code'],
    '500000',
    t.province['500000']!,
    t.province['510000']!,
  ];
  const line = (id: LayerId, level: string, color: string, width: ExpressionSpecification | number): LayerSpecification => ({
    id,
    type: 'line',
    source: SOURCE.borders,
    filter: ['==', ['get', 'level'], level],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': color, 'line-width': width },
  });
  const zoomed = (a: number, b: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 5, a, 10, b];
  // Hubs are named from zoom 6, stations only close in.
  const pointLabel = (id: LayerId, stations: boolean, minzoom: number, size: number, color: string): LayerSpecification => ({
    id,
    type: 'symbol',
    source: SOURCE.transportPoints,
    filter: stationFilter(stations),
    minzoom,
    // A name may sit on any side of its point: where hubs crowd (central Chongqing) each finds room
    // instead of colliding or dropping out.
    layout: {
      'text-field': text[id]!,
      'text-font': [...t.font],
      'text-size': size,
      'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
      'text-radial-offset': 0.7,
      'text-justify': 'auto',
      'text-padding': 2,
      'text-optional': true,
    },
    paint: { 'text-color': color, 'text-halo-color': t.halo, 'text-halo-width': 1.2, 'text-opacity': unlessHidden(1) },
  });
  // Province names first, prefecture names as the map closes in, then districts.
  const adminLabel = (id: LayerId, level: string, zooms: { minzoom?: number; maxzoom?: number }, size: number, color: string, spacing = 0): LayerSpecification => ({
    id,
    type: 'symbol',
    source: SOURCE.adminLabels,
    filter: ['==', ['get', 'level'], level],
    ...zooms,
    layout: { 'text-field': text[id]!, 'text-font': [...t.font], 'text-size': size, 'text-letter-spacing': spacing, 'text-max-width': 20 },
    paint: { 'text-color': color, 'text-halo-color': t.halo, 'text-halo-width': 1.5 },
  });
  return [
    {
      id: LAYER.districtsFill,
      type: 'fill',
      source: SOURCE.districts,
      paint: {
        'fill-color': ['case', state('selected'), t.selected, state('hover'), t.hover, provinceFill],
        // districts-line draws every outline already; the fill's own antialiased outline pass
        // doubled that work (measured: about 18 ms of a ~128 ms software-rendered frame, as in the
        // commit that made it and the README).
        'fill-antialias': false,
      },
    },
    {
      // One layer for every district outline and the selected one: a separate layer for the
      // selection cost a whole extra line bucket and draw pass per frame.
      id: LAYER.districtsLine,
      type: 'line',
      source: SOURCE.districts,
      paint: {
        'line-color': ['case', state('selected'), t.selectedLine, t.districtLine],
        // Zoom must be the outermost expression, so the selection case sits inside each stop.
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, ['case', state('selected'), 3, 0.3], 10, ['case', state('selected'), 3.5, 1]],
      },
    },
    // Rivers above the fills, below the borders: context, never mistaken for a boundary.
    { id: LAYER.rivers, type: 'line', source: SOURCE.rivers, layout: { 'line-join': 'round' }, paint: { 'line-color': t.river, 'line-width': zoomed(0.8, 2.2) } },
    line(LAYER.prefectureBorders, 'prefecture', t.prefectureLine, zoomed(0.9, 2)),
    line(LAYER.provinceBorders, 'province', t.provinceLine, zoomed(1.6, 3.5)),
    line(LAYER.outerBorders, 'outer', t.outerLine, zoomed(1.2, 2.5)),
    ...transportLayers(t),
    // Hub names above station names, so they are placed first: a station name the legend hides
    // (opacity 0, still placed) can then never push a port's or an airport's name off the map.
    pointLabel(LAYER.transportPointLabels, true, 8.5, 11, '#444'),
    pointLabel(LAYER.transportHubLabels, false, 6, 12, '#1d3a57'),
    {
      id: LAYER.districtLabels,
      type: 'symbol',
      source: SOURCE.districtLabels,
      minzoom: 6.5,
      layout: {
        'text-field': text[LAYER.districtLabels]!,
        'text-font': [...t.font],
        'text-size': ['interpolate', ['linear'], ['zoom'], 6.5, 11, 10, 15],
        'text-padding': 1,
      },
      paint: { 'text-color': t.text, 'text-halo-color': t.halo, 'text-halo-width': 1.2 },
    },
    // Prefecture names stand at their seat, where the seat district's name would go: the
    // prefecture's (资阳 rather than 雁江) wins while both show (zoom 6.5–8).
    adminLabel(LAYER.prefectureLabels, 'prefecture', { minzoom: 5.5, maxzoom: 8 }, 14, t.text),
    // Province names last, so they are placed first: a planner always sees which side of the
    // border is 四川 and which 重庆 (in English too, where the longer name used to lose its place).
    adminLabel(LAYER.provinceLabels, 'province', { maxzoom: 8.5 }, 20, t.provinceText, 0.2),
  ];
}

/**
 * Global state that is true until every source has been drawn once (MapView then sets it false).
 * Meanwhile fill and line layers draw nothing: the sources arrive one by one, each arrival
 * repaints, and with software WebGL each repaint of partial geometry still costs GPU time that
 * the one complete frame then waits behind.
 */
export const DRAFTING = 'drafting';

/** Fill and line layers are skipped by MapLibre at layer opacity 0 while drafting. */
function withDraft(layer: LayerSpecification): LayerSpecification {
  if (layer.type !== 'fill' && layer.type !== 'line') return layer;
  const key = `${layer.type}-layer-opacity`;
  // A layer's own layer opacity (agreements-fill has one) applies once drafting is over.
  const own = (layer.paint as Record<string, unknown> | undefined)?.[key] as ExpressionSpecification | number | undefined;
  const off: ExpressionSpecification = ['case', ['global-state', DRAFTING], 0, own ?? 1];
  return { ...layer, paint: { ...layer.paint, [key]: off } } as LayerSpecification;
}

/** Agreement partners and classes over the district fill; arcs and anchors above the transport lines, below every label. */
function withAgreementLayers(layers: LayerSpecification[], theme: Theme): LayerSpecification[] {
  const fill = layers.findIndex((l) => l.id === LAYER.districtsFill) + 1;
  const labels = layers.findIndex((l) => l.id === LAYER.transportPointLabels);
  return [...layers.slice(0, fill), ...agreementFillLayers(theme), ...layers.slice(fill, labels), ...agreementOverlayLayers(theme), ...layers.slice(labels)];
}

/** The whole style, offline: no glyphs, sprite or tile URL, so MapLibre draws text from local fonts. */
export function buildStyle(lang: Lang, theme: Theme = THEME): StyleSpecification {
  const text = labelFields(lang);
  return {
    version: 8,
    name: 'chengyu-atlas',
    state: { [DRAFTING]: { default: true }, [AGREEMENTS_FILL_ON]: { default: false } },
    // No animated paint changes: each extra frame is expensive in software rendering.
    transition: { duration: 0, delay: 0 },
    sources: emptySources(),
    layers: withAgreementLayers(
      [{ id: LAYER.background, type: 'background', paint: { 'background-color': theme.land } }, ...contextLayers(theme, text), ...districtLayers(theme, text)] as LayerSpecification[],
      theme,
    ).map(withDraft),
  };
}
