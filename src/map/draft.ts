import type { Map as MlMap } from 'maplibre-gl';

/**
 * Holds the map's painting while the sources arrive (a draft): MapLibre still runs its frames
 * (sources, tiles, label placement) and fires `idle` once every tile is in, but draws nothing.
 * Each source's arrival asks for a frame; with software WebGL every painted frame queued GPU work
 * (shader pipelines, draws) that the first complete frame then waited behind: at the draft's end
 * 0.4–1 s of it was still queued, even with the canvas hidden, at 1/8 resolution and its fills and
 * lines switched off (as the draft used to be drawn). Returns `endDraft`, which paints the
 * complete map in one frame.
 */
export function startDraft(map: MlMap): () => void {
  // An internal of MapLibre 6 (declared in maplibre-gl.d.ts, not documented).
  const painter = map.painter;
  const paint = painter.render;
  painter.render = () => {};
  return () => {
    painter.render = paint;
    map.triggerRepaint();
  };
}
