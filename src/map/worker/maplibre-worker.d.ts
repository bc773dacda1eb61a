/** MapLibre's worker bundle, imported by the map's worker (map-worker.ts); its package declares no types for it. */
declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs' {
  /** The worker's class; loading the module makes one as `self.worker`. */
  const MapLibreWorker: abstract new (...args: never[]) => object;
  export default MapLibreWorker;
}
