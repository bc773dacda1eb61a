import type { Map as MlMap, MapLayerMouseEvent } from 'maplibre-gl';
import { LAYER, SOURCE } from './ids';

type DistrictId = string;

/**
 * Hover and click on districts, through feature-state so the data is never rewritten. Returns a
 * function that removes every listener it added (no leaks over long sessions).
 */
export function attachDistrictInteractions(map: MlMap, onSelect: (code: DistrictId | null) => void): () => void {
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
  const onClick = (e: MapLayerMouseEvent) => {
    const features = map.queryRenderedFeatures(e.point, { layers: [LAYER.districtsFill] });
    const id = features[0]?.id;
    onSelect(id === undefined ? null : String(id));
  };

  map.on('mousemove', LAYER.districtsFill, onMove);
  map.on('mouseleave', LAYER.districtsFill, onLeave);
  map.on('click', onClick);
  return () => {
    map.off('mousemove', LAYER.districtsFill, onMove);
    map.off('mouseleave', LAYER.districtsFill, onLeave);
    map.off('click', onClick);
  };
}

/** Moves the `selected` feature-state from one district to another. */
export function showSelectedDistrict(map: MlMap, previous: DistrictId | null, next: DistrictId | null): void {
  if (previous !== null && previous !== next) map.setFeatureState({ source: SOURCE.districts, id: previous }, { selected: false });
  if (next !== null) map.setFeatureState({ source: SOURCE.districts, id: next }, { selected: true });
}
