import type { Map as MlMap } from 'maplibre-gl';

/**
 * The map on the page, for the PNG export (it draws the canvas into an image): the map once made,
 * `failed` when it cannot be (no WebGL2, or it did not start), else still to come. Subscribable,
 * so the export button knows when to enable itself and when to say why it cannot.
 */
export type MapHandle = { map: MlMap } | { failed: true } | null;

let current: MapHandle = null;
const listeners = new Set<() => void>();
const set = (h: MapHandle) => {
  current = h;
  for (const l of listeners) l();
};
export const setMapHandle = (map: MlMap | null): void => {
  // The failed map's view unmounts after saying so: its leaving must not undo that.
  if (map || !current || !('failed' in current)) set(map ? { map } : null);
};
export const setMapFailed = (): void => set({ failed: true });
export const getMap = (): MlMap | null => (current && 'map' in current ? current.map : null);
export const getMapHandle = (): MapHandle => current;
export const subscribeMapHandle = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
