import type { Map as MlMap, MapLayerMouseEvent } from 'maplibre-gl';
import { LAYER, SOURCE, TRANSPORT_LAYERS } from './ids';
import { drawnByLayer } from './layers/transport';
import type { OnePass } from './one-pass';

type DistrictId = string;

export interface ClickTargets {
  district(code: DistrictId | null): void;
  feature(id: string): void;
  /** A link of the cooperation network (network mode only): its two places. */
  arc?(a: string, b: string): void;
  /** District label points: a click on a district's name always means the district. */
  labels: readonly { code: DistrictId; label: [number, number] }[];
}

const LABEL_SLACK_PX = 6;

/**
 * Hover and click on districts, through feature-state so the data is never rewritten. Returns a
 * function that removes every listener it added (no leaks over long sessions).
 */
export function attachInteractions(map: MlMap, on: ClickTargets): () => void {
  let hovered: DistrictId | null = null;
  const setHover = (code: DistrictId | null) => {
    if (hovered === code) return;
    if (hovered !== null) map.setFeatureState({ source: SOURCE.districts, id: hovered }, { hover: false });
    hovered = code;
    if (code !== null) map.setFeatureState({ source: SOURCE.districts, id: code }, { hover: true });
    map.getCanvas().style.cursor = code === null ? '' : 'pointer';
  };
  const codeOf = (e: MapLayerMouseEvent): DistrictId | null => {
    const id = e.features?.[0]?.id;
    return id === undefined ? null : String(id);
  };

  const onMove = (e: MapLayerMouseEvent) => setHover(codeOf(e));
  const onLeave = () => setHover(null);
  // A few pixels of slack: lines are thin and points small, and they sit on top of districts.
  const onClick = (e: MapLayerMouseEvent) => {
    const { x, y } = e.point;
    const onLabel = on.labels.find(({ label }) => {
      const p = map.project(label);
      return Math.abs(p.x - x) <= LABEL_SLACK_PX && Math.abs(p.y - y) <= LABEL_SLACK_PX;
    });
    if (onLabel) return on.district(onLabel.code);
    const box: [[number, number], [number, number]] = [[x - 5, y - 5], [x + 5, y + 5]];
    // Network arcs sit above districts and lines: a click on one opens the pair it joins. The arc
    // under the pointer itself first, as the hover's tooltip names it; the box's order is no
    // nearness, and near the busy anchors a thin arc within 5 px came before the thick one clicked.
    if (on.arc && map.getLayer(LAYER.agreementNetwork)) {
      const shownArc = (where: typeof box | typeof e.point) => map.queryRenderedFeatures(where, { layers: [LAYER.agreementNetwork] }).find((f) => f.state.shown);
      const arc = shownArc(e.point) ?? shownArc(box);
      if (arc) return on.arc(String(arc.properties.a), String(arc.properties.b));
    }
    // Features the legend or the time slider hides are still in the layers (at opacity 0): never click them.
    const transport = map.queryRenderedFeatures(box, { layers: TRANSPORT_LAYERS.filter((l) => map.getLayer(l)) }).filter(drawnByLayer);
    const hit = transport.find((f) => f.layer.id === LAYER.transportPoints || f.layer.id === LAYER.transportHubs) ?? transport[0];
    if (hit?.id !== undefined) return on.feature(String(hit.id));
    const districts = map.queryRenderedFeatures(e.point, { layers: [LAYER.districtsFill] });
    const id = districts[0]?.id;
    on.district(id === undefined ? null : String(id));
  };
  const onEnterTransport = (e: MapLayerMouseEvent) => {
    if (e.features?.some(drawnByLayer)) map.getCanvas().style.cursor = 'pointer';
  };
  const onLeaveTransport = () => (map.getCanvas().style.cursor = hovered === null ? '' : 'pointer');

  map.on('mousemove', LAYER.districtsFill, onMove);
  map.on('mouseleave', LAYER.districtsFill, onLeave);
  map.on('click', onClick);
  for (const l of TRANSPORT_LAYERS) {
    map.on('mouseenter', l, onEnterTransport);
    map.on('mouseleave', l, onLeaveTransport);
  }
  return () => {
    for (const l of TRANSPORT_LAYERS) {
      map.off('mouseenter', l, onEnterTransport);
      map.off('mouseleave', l, onLeaveTransport);
    }
    map.off('mousemove', LAYER.districtsFill, onMove);
    map.off('mouseleave', LAYER.districtsFill, onLeave);
    map.off('click', onClick);
  };
}

export interface FeatureRef {
  source: string;
  id: string;
}

/**
 * Moves the `selected` feature-state from the features selected before (a district, line or point;
 * every district of a new area) to those selected now, writing only what changed.
 */
export function showSelected(map: Pick<OnePass, 'setFeatureState'>, previous: readonly FeatureRef[], next: readonly FeatureRef[]): void {
  const key = (r: FeatureRef) => `${r.source}\u0000${r.id}`;
  const before = new Set(previous.map(key));
  const now = new Set(next.map(key));
  for (const r of previous) if (!now.has(key(r))) map.setFeatureState(r, { selected: false });
  for (const r of next) if (!before.has(key(r))) map.setFeatureState(r, { selected: true });
}
