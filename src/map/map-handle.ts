import type { Map as MlMap } from 'maplibre-gl';

/**
 * The map on the page, for the PNG export (it draws the canvas into an image); null before it
 * exists. Subscribable, so the export button is enabled once there is a map to draw from (whether
 * one can be made at all is `src/state/map-status-store.ts`).
 */
let current: MlMap | null = null;
const listeners = new Set<() => void>();
export const setMapHandle = (map: MlMap | null): void => {
  current = map;
  for (const l of listeners) l();
};
export const getMap = (): MlMap | null => current;
export const subscribeMapHandle = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
