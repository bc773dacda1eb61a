import { describe, expect, it } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { onePass } from './one-pass';

/** Just what one-pass uses of a MapLibre map: feature-state, a GeoJSON source, its loaded flag and events. */
function fakeMap() {
  const listeners = new Map<string, Set<() => void>>();
  const writes: string[] = [];
  let resolveData: (() => void) | null = null;
  const map = {
    loaded: true,
    _frameRequest: null as unknown,
    setFeatureState: (f: { id: string }, s: object) => writes.push(`${f.id}:${JSON.stringify(s)}`),
    removeFeatureState: (f: { id: string }, k: string) => writes.push(`${f.id}:-${k}`),
    getSource: () => ({ setData: () => new Promise<void>((r) => (resolveData = r)) }),
    isSourceLoaded: () => map.loaded,
    on: (e: string, f: () => void) => void (listeners.get(e) ?? listeners.set(e, new Set()).get(e)!).add(f),
    off: (e: string, f: () => void) => void listeners.get(e)?.delete(f),
    once: (e: string, f: () => void) => map.on(e, f),
    fire: (e: string) => [...(listeners.get(e) ?? [])].forEach((f) => f()),
  };
  return { map, writes, dataSent: () => resolveData?.() };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('onePass', () => {
  it('writes the states of one task together, after it', async () => {
    const { map, writes } = fakeMap();
    const pass = onePass(map as unknown as MlMap);
    pass.setFeatureState({ source: 'districts', id: 'a' }, { selected: true });
    pass.removeFeatureState({ source: 'districts', id: 'b' }, 'partner');
    expect(writes).toEqual([]);
    await tick();
    expect(writes).toEqual(['a:{"selected":true}', 'b:-partner']);
  });

  it('holds the states until a source given new geometry has its tiles, unless a frame is coming anyway', async () => {
    const { map, writes, dataSent } = fakeMap();
    const pass = onePass(map as unknown as MlMap);
    map.loaded = false;
    pass.setData('agreement-arcs', { type: 'FeatureCollection', features: [] });
    pass.setFeatureState({ source: 'districts', id: 'a' }, { partner: 'district' });
    await tick();
    dataSent();
    await tick();
    expect(writes).toEqual([]);
    map.loaded = true;
    map.fire('sourcedata');
    await tick();
    expect(writes).toEqual(['a:{"partner":"district"}']);

    // A click on the map has asked for a frame: the states go with it.
    map.loaded = false;
    map._frameRequest = {};
    pass.setData('agreement-arcs', { type: 'FeatureCollection', features: [] });
    pass.setFeatureState({ source: 'districts', id: 'b' }, { selected: true });
    await tick();
    expect(writes).toContain('b:{"selected":true}');
  });

  it('drops what is still waiting when the map is removed', async () => {
    const { map, writes, dataSent } = fakeMap();
    const pass = onePass(map as unknown as MlMap);
    map.loaded = false;
    pass.setData('agreement-arcs', { type: 'FeatureCollection', features: [] });
    pass.setFeatureState({ source: 'districts', id: 'a' }, { selected: true });
    map.fire('remove');
    await tick();
    dataSent();
    map.loaded = true;
    map.fire('sourcedata');
    await tick();
    expect(writes).toEqual([]);
  });
});
