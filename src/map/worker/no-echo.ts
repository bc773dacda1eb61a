/**
 * MapLibre's worker, when it has loaded a GeoJSON source from a URL, posts the whole parsed file
 * back to the page, which keeps it as the source's copy (`GeoJSONSource._data`). The atlas feeds
 * the worker `blob:` URLs of text the page has already validated and keeps as domain data
 * (src/map/source-feed.ts): the echo would cost the worker a walk of every value to post it (the
 * districts alone are 0.9 MB), the page another to read it and a third copy of the data to collect,
 * all while the first map waits. This leaves it out for `blob:` URLs; the source then keeps its URL
 * as its data, which MapLibre reads again if it ever needs it (the blob stays alive).
 *
 * It wraps a private method of MapLibre 6's worker (`_getWorkerSource`), so it checks that it is
 * there and otherwise changes nothing: the echo is only a cost. e2e/map.e2e.ts checks it works.
 */
interface GeoJSONWorkerSourceLike {
  loadData(params: { request?: { url?: unknown } }): Promise<Record<string, unknown> | undefined>;
}
interface MapLibreWorkerLike {
  _getWorkerSource?: (mapId: string, type: string, name: string) => unknown;
}

export function leaveOutEcho(worker: MapLibreWorkerLike | undefined): boolean {
  const get = worker?._getWorkerSource;
  if (!worker || typeof get !== 'function') return false;
  const wrapped = new WeakSet<object>();
  worker._getWorkerSource = function (mapId, type, name) {
    const source = get.call(this, mapId, type, name) as GeoJSONWorkerSourceLike;
    if (type === 'geojson' && source && !wrapped.has(source)) {
      wrapped.add(source);
      const load = source.loadData;
      source.loadData = async function (params) {
        const result = await load.call(this, params);
        const url = params.request?.url;
        if (result && typeof url === 'string' && url.startsWith('blob:')) delete result.data;
        return result;
      };
    }
    return source;
  };
  return true;
}
