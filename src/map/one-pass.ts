import type { FeatureIdentifier, GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { SourceId } from './ids';

/**
 * The map's share of one change of the stores, drawn in as few frames as MapLibre allows (with
 * software WebGL each frame costs as much as the whole map). Every effect writes its
 * feature-state through here; the writes wait for the end of the current task, so that the
 * effects of one store change land together, and, when one of them gave a source new geometry,
 * until that source's tiles are in, so states and geometry are drawn in one frame. Unless a
 * frame is coming anyway (a click on the map makes MapLibre draw one): then the states go with it
 * at once, since waiting would only add a frame.
 */
export interface OnePass {
  setFeatureState(feature: FeatureIdentifier, state: Record<string, unknown>): void;
  removeFeatureState(feature: FeatureIdentifier, key: string): void;
  setData(source: SourceId, data: FeatureCollection): void;
}

/** Longest wait for a source's tiles: a source that never reports them must not hold the map back. */
const MAX_WAIT_MS = 1000;

const PASSES = new WeakMap<MlMap, OnePass>();

export function onePass(map: MlMap): OnePass {
  let pass = PASSES.get(map);
  if (!pass) PASSES.set(map, (pass = createPass(map)));
  return pass;
}

function createPass(map: MlMap): OnePass {
  let queue: (() => void)[] = [];
  let pending = 0;
  let scheduled = false;
  // Writes still waiting when the map is removed (a remounted view) are dropped, not sent to a dead map.
  let removed = false;
  map.once('remove', () => {
    removed = true;
    queue = [];
  });
  const frameComing = () => Boolean((map as unknown as { _frameRequest?: unknown })._frameRequest); // MapLibre internal: a frame requested
  const flush = () => {
    if (removed || (pending > 0 && !frameComing())) return;
    const run = queue;
    queue = [];
    for (const write of run) write();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      flush();
    });
  };
  return {
    setFeatureState(feature, state) {
      queue.push(() => map.setFeatureState(feature, state));
      schedule();
    },
    removeFeatureState(feature, key) {
      queue.push(() => map.removeFeatureState(feature, key));
      schedule();
    },
    setData(source, data) {
      if (removed) return;
      pending++;
      const done = () => {
        pending--;
        flush();
      };
      (map.getSource(source) as GeoJSONSource)
        .setData(data)
        .then(() => tilesIn(map, source, () => removed))
        .then(done, done);
      schedule();
    },
  };
}

/** Resolves once every tile of the source in view has its new data (or after MAX_WAIT_MS, or once the map is gone). */
function tilesIn(map: MlMap, source: string, removed: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      map.off('sourcedata', check);
      resolve();
    };
    const check = () => {
      if (removed() || map.isSourceLoaded(source)) finish();
    };
    const timer = setTimeout(finish, MAX_WAIT_MS);
    map.on('sourcedata', check);
    check();
  });
}
