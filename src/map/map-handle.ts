import type { Map as MlMap } from 'maplibre-gl';

/** The map on the page, for the PNG export (it draws the canvas into an image); null before it exists. */
let current: MlMap | null = null;
export const setMapHandle = (map: MlMap | null): void => {
  current = map;
};
export const getMapHandle = (): MlMap | null => current;
