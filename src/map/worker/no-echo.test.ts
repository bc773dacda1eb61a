import { describe, expect, it } from 'vitest';
import { leaveOutEcho } from './no-echo';

/** MapLibre's worker as far as no-echo.ts sees it: sources made on first use, a GeoJSON one echoing what it loaded by URL. */
function fakeWorker() {
  const sources = new Map<string, { loadData(p: { request?: { url?: string }; data?: unknown }): Promise<Record<string, unknown>> }>();
  return {
    _getWorkerSource(mapId: string, type: string, name: string) {
      const key = `${mapId}/${type}/${name}`;
      if (!sources.has(key)) sources.set(key, { loadData: async (p) => (p.request ? { data: { type: 'FeatureCollection', features: [] }, resourceTiming: 1 } : {}) });
      return sources.get(key)!;
    },
  };
}

describe('leaveOutEcho', () => {
  it('leaves out the data a GeoJSON source loaded from a blob: URL, and nothing else', async () => {
    const w = fakeWorker();
    expect(leaveOutEcho(w)).toBe(true);
    const districts = w._getWorkerSource('1', 'geojson', 'districts');
    expect(await districts.loadData({ request: { url: 'blob:http://127.0.0.1/abc' } })).toEqual({ resourceTiming: 1 });
    // A file fetched from its own address is still echoed (the page has no copy of it), and data posted as an object never was.
    expect(await districts.loadData({ request: { url: 'http://127.0.0.1/assets/districts.geojson' } })).toHaveProperty('data');
    expect(await districts.loadData({ data: {} })).toEqual({});
    // The same source is wrapped once, however often MapLibre asks for it.
    expect(w._getWorkerSource('1', 'geojson', 'districts')).toBe(districts);
    expect(await w._getWorkerSource('1', 'geojson', 'districts').loadData({ request: { url: 'blob:x' } })).toEqual({ resourceTiming: 1 });
  });

  it('changes nothing where MapLibre no longer has the method it wraps', () => {
    expect(leaveOutEcho({})).toBe(false);
    expect(leaveOutEcho(undefined)).toBe(false);
  });
});
