import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { MapData } from '../../data/map-data';
import { useDataStore } from '../../state/data-store';
import { beyondNear } from '../camera';
import { farSourceData } from '../sources';

/**
 * The countries abroad and the sea are fetched the first time the view reaches beyond the economic
 * circle (NEAR_BOUNDS, where they have nothing to draw), during the move that does it, and drawn
 * when they arrive. Returns a function that removes its listeners.
 */
export function attachFarContext(map: MlMap, data: Pick<MapData, 'contextProvinces'>): () => void {
  const look = () => {
    const b = map.getBounds();
    if (!beyondNear([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()])) return;
    map.off('move', look);
    void useDataStore.getState().loadFar();
  };
  const show = () => {
    const far = useDataStore.getState().far;
    if (!far) return;
    for (const [id, json] of Object.entries(farSourceData(data, far))) (map.getSource(id) as GeoJSONSource).setData(json);
  };
  map.on('move', look);
  look();
  show();
  const off = useDataStore.subscribe((s, prev) => {
    if (s.far !== prev.far) show();
  });
  return () => {
    map.off('move', look);
    off();
  };
}
