/**
 * The second yardstick for loading: the atlas's own map without the atlas (bench/bare/main.ts is
 * the first). The same eleven files, fetched and parsed by plain `fetch`/`JSON.parse` (no schema,
 * no index), fed to the atlas's own style (src/map/style.ts) with its label points and drawn the
 * way MapView draws them (nothing painted until every source is in, then one full frame); no React, no
 * panels, no agreements. What the atlas takes beyond this is its own overhead. Marks
 * `bare:map-ready` as the atlas marks `atlas:map-ready`.
 */
import { Map as MlMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { buildStyle } from '../../src/map/style';
import { startDraft } from '../../src/map/draft';
import { SOURCE } from '../../src/map/ids';
import { adminLabelPoints, contextLabelPoints, districtLabelPoints } from '../../src/map/label-points';
import districtsUrl from '../../geodata/districts.geojson?url';
import bordersUrl from '../../geodata/borders.geojson?url';
import adminLabelsUrl from '../../geodata/admin-labels.geojson?url';
import provincesUrl from '../../geodata/context/provinces.geojson?url';
import countriesUrl from '../../geodata/context/countries.geojson?url';
import riversUrl from '../../geodata/context/rivers.geojson?url';
import seaUrl from '../../geodata/context/sea.geojson?url';
import railUrl from '../../geodata/transport/rail.geojson?url';
import stationsUrl from '../../geodata/transport/stations.geojson?url';
import networkUrl from '../../geodata/transport/network.geojson?url';
import hubsUrl from '../../geodata/transport/hubs.geojson?url';

setWorkerUrl(workerUrl);

/* eslint-disable @typescript-eslint/no-explicit-any -- unvalidated on purpose: this page is the atlas without its data boundary */
const q = new URLSearchParams(location.search);
const el = document.getElementById('map')!;
el.style.width = `${q.get('w') ?? 900}px`;
el.style.height = `${q.get('h') ?? 700}px`;
const bounds = (q.get('bounds') ?? '103.55,28.45,108.75,31.75').split(',').map(Number) as [number, number, number, number];

const map = new MlMap({ container: el, style: buildStyle('zh', undefined, { deferred: true }), validateStyle: false, bounds, fadeDuration: 0, attributionControl: false, maxZoom: 11 });
const endDraft = startDraft(map);
(window as unknown as { __atlas: { map: MlMap } }).__atlas = { map };

const json = (url: string) => fetch(url).then((r) => r.json() as Promise<any>);
const files = Promise.all([districtsUrl, bordersUrl, adminLabelsUrl, provincesUrl, countriesUrl, riversUrl, seaUrl, railUrl, stationsUrl, networkUrl, hubsUrl].map(json));

map.once('style.load', async () => {
  const [districts, borders, adminLabels, provinces, countries, rivers, sea, rail, stations, network, hubs] = await files;
  const list = districts.features.map((f: any) => ({ code: f.properties.code, short: f.properties.short, pinyin: f.properties.pinyin, label: f.properties.label, prefectureCode: f.properties.prefecture_code }));
  const transport = [rail, stations, network, hubs].flatMap((f) => f.features);
  const feeds: Partial<Record<string, FeatureCollection>> = {
    [SOURCE.districts]: districts,
    [SOURCE.borders]: borders,
    [SOURCE.contextProvinces]: provinces,
    [SOURCE.countries]: countries,
    [SOURCE.rivers]: rivers,
    [SOURCE.sea]: sea,
    [SOURCE.adminLabels]: adminLabelPoints(adminLabels, list),
    [SOURCE.districtLabels]: districtLabelPoints(list),
    [SOURCE.contextLabels]: contextLabelPoints(countries, provinces),
    [SOURCE.transportLines]: { type: 'FeatureCollection', features: transport.filter((f: any) => f.geometry.type !== 'Point') },
    [SOURCE.transportPoints]: { type: 'FeatureCollection', features: transport.filter((f: any) => f.geometry.type === 'Point') },
  };
  for (const [id, data] of Object.entries(feeds)) (map.getSource(id) as GeoJSONSource).setData(data!);
  map.once('idle', () => {
    endDraft();
    map.once('idle', () =>
      requestAnimationFrame(() => {
        performance.mark('bare:map-ready');
        document.documentElement.dataset.mapReady = 'true';
      }),
    );
  });
});
