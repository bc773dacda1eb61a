import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { ACCURACIES, type Accuracy, type Status } from '../../data/transport-schema';
import { LAYER, SOURCE, type LayerId } from '../ids';
import type { Theme } from '../theme';
import { hidden, state, unlessHidden } from './feature-state';
import { byFeature, byZoomAndFeature } from './program-form';
import type { LabelText } from './label-text';

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

/** A number per accuracy of the feature (traced, approximate, schematic). */
const byAccuracy = (value: (a: Accuracy) => number): ExpressionSpecification =>
  ['match', ['get', 'accuracy'], ...ACCURACIES.flatMap((a) => [a, value(a)]), value('schematic')] as unknown as ExpressionSpecification;

const modeColour = (t: Theme): ExpressionSpecification => ['match', ['get', 'mode'], ...Object.entries(t.mode).flat(), '#555'] as unknown as ExpressionSpecification;

/**
 * A paint value that close in (theme.linkLine) keeps a traced line as it is and fades any other to
 * nothing: zoom must be the outermost expression, so the value is given for both ends of the fade.
 */
const fadeUntraced = (t: Theme, value: (keep: (a: Accuracy) => boolean) => ExpressionSpecification): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  t.linkLine.fromZoom - t.linkLine.fade,
  value(() => true),
  t.linkLine.fromZoom,
  value((a) => a === 'traced'),
];

/** The selection halo, the white casing, the dotted links close in, then one layer per status (open to planned). */
export function transportLineLayers(t: Theme): LayerSpecification[] {
  const colour = modeColour(t);
  const width = byZoomAndFeature(2, 4.5);
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
        'line-opacity': fadeUntraced(t, (keep) => unlessHidden(drawsNow(statuses, ['*', opacity, byAccuracy((a) => (keep(a) ? t.accuracyLine[a].opacity : 0))]))),
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
      paint: {
        'line-color': byFeature(t.transportSelected),
        'line-width': byZoomAndFeature(['case', ['all', state('selected'), ['!', hidden]], 11, 0]),
        'line-offset': lineOffset,
        'line-opacity': byZoomAndFeature(1),
        'line-blur': byZoomAndFeature(0),
      },
    },
    {
      // A white edge under every line: where two lines meet or run together, each keeps its own
      // edge, and a dashed line's gaps show white instead of whatever is underneath.
      id: LAYER.transportCasing,
      type: 'line',
      source: SOURCE.transportLines,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': byFeature(t.casing),
        'line-width': byZoomAndFeature(3.5, 7),
        'line-blur': byZoomAndFeature(0),
        'line-offset': lineOffset,
        'line-opacity': fadeUntraced(t, (keep) => unlessHidden(['*', ['match', ['get', 'status'], 'planned', 0.5, 0.85], byAccuracy((a) => (keep(a) ? 1 : 0))])),
      },
    },
    {
      // Close in, a line that is not traced is a thin dotted link (its status is in its panel).
      id: LAYER.transportLinks,
      type: 'line',
      source: SOURCE.transportLines,
      filter: ['!=', ['get', 'accuracy'], 'traced'],
      minzoom: t.linkLine.fromZoom - t.linkLine.fade,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': colour,
        'line-width': byZoomAndFeature(t.linkLine.width),
        'line-offset': byZoomAndFeature(0),
        'line-blur': byZoomAndFeature(0),
        'line-dasharray': [...t.linkLine.dash],
        'line-opacity': [
          'interpolate',
          ['linear'],
          ['zoom'],
          t.linkLine.fromZoom - t.linkLine.fade,
          0,
          t.linkLine.fromZoom,
          unlessHidden(['match', statusNow, 'planned', t.linkLine.plannedOpacity, t.linkLine.opacity]),
        ],
      },
    },
    line(LAYER.transportOpen),
    line(LAYER.transportPartlyOpen),
    line(LAYER.transportBuilding),
    line(LAYER.transportPlanned),
  ];
}

/** Ports, hubs and airports, then stations (from zoom 6). */
export function transportPointLayers(t: Theme): LayerSpecification[] {
  const colour = modeColour(t);
  return [
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
        'circle-stroke-color': byFeature('#ffffff'),
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
        'circle-color': byFeature('#ffffff'),
        'circle-opacity': unlessHidden(1),
        'circle-stroke-opacity': unlessHidden(1),
        'circle-stroke-color': colour,
        'circle-stroke-width': ['case', state('selected'), 3, 1.5],
      },
    },
  ];
}

/**
 * Station names, then hub names above them, so hubs are placed first: a station name the legend
 * hides (opacity 0, still placed) can then never push a port's or an airport's name off the map.
 * Hubs are named from zoom 6, stations only close in.
 */
export function transportLabelLayers(t: Theme, text: LabelText): LayerSpecification[] {
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
  return [pointLabel(LAYER.transportPointLabels, true, 8.5, 11, '#444'), pointLabel(LAYER.transportHubLabels, false, 6, 12, '#1d3a57')];
}
