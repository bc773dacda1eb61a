import type { Map as MlMap } from 'maplibre-gl';
import { DRAFTING } from './style';

/** The MapLibre internals this module reaches: present in 6.x (`maplibre-gl.d.ts` declares both). */
interface Renderer {
  _styleDirty: boolean;
  _frameRequest: AbortController | null;
}

/**
 * Ends the draft (see `DRAFTING`) at full resolution in one frame. MapLibre applies a style
 * change in the next frame's style update, which fires a style `data` event; the map answers it
 * by asking for yet another frame with the style marked dirty, so the whole unchanged map was
 * drawn twice, and with software WebGL each full frame costs as much as the whole load's drawing.
 * Here the event that this change causes, fired inside the frame that already applies it, takes
 * that request back. Anything else the frame leaves to do (tiles, label placement) still asks
 * for its own frame at the frame's end, and `idle` waits for it.
 */
export function endDraft(map: MlMap): void {
  map.setPixelRatio(null as unknown as number); // null: back to devicePixelRatio (documented)
  map.setGlobalStateProperty(DRAFTING, false);
  const echo = () => {
    const r = map as unknown as Renderer;
    r._styleDirty = false;
    r._frameRequest?.abort();
    r._frameRequest = null;
  };
  map.once('styledata', echo);
  // Only that frame's event: any later style change keeps its frames.
  map.once('render', () => map.off('styledata', echo));
}
