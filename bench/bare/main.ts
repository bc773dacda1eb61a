/**
 * The bench's yardstick for loading: a bare MapLibre page that draws the atlas's eleven GeoJSON
 * files (the same bytes, served by the same server) the way a first attempt would: each file a
 * source by URL, polygons filled and outlined, lines as lines, points as circles; no labels, no
 * feature-state, MapLibre's defaults. The bench gives it the size of the atlas's map and its home
 * view (`?w=&h=&bounds=w,s,e,n`); it marks `bare:map-ready` at the first animation frame after
 * every source has loaded and the map has gone idle, as the atlas marks `atlas:map-ready`.
 */
import { Map as MlMap, setWorkerUrl, type LayerSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import districts from '../../geodata/districts.geojson?url';
import borders from '../../geodata/borders.geojson?url';
import adminLabels from '../../geodata/admin-labels.geojson?url';
import provinces from '../../geodata/context/provinces.geojson?url';
import countries from '../../geodata/context/countries.geojson?url';
import rivers from '../../geodata/context/rivers.geojson?url';
import sea from '../../geodata/context/sea.geojson?url';
import rail from '../../geodata/transport/rail.geojson?url';
import stations from '../../geodata/transport/stations.geojson?url';
import network from '../../geodata/transport/network.geojson?url';
import hubs from '../../geodata/transport/hubs.geojson?url';

setWorkerUrl(workerUrl);

const FILES: [string, string, 'area' | 'line' | 'point'][] = [
  ['sea', sea, 'area'],
  ['countries', countries, 'area'],
  ['provinces', provinces, 'area'],
  ['districts', districts, 'area'],
  ['rivers', rivers, 'line'],
  ['borders', borders, 'line'],
  ['network', network, 'line'],
  ['rail', rail, 'line'],
  ['hubs', hubs, 'point'],
  ['stations', stations, 'point'],
  ['admin-labels', adminLabels, 'point'],
];

const q = new URLSearchParams(location.search);
const el = document.getElementById('map')!;
el.style.width = `${q.get('w') ?? 900}px`;
el.style.height = `${q.get('h') ?? 700}px`;
const bounds = (q.get('bounds') ?? '103.55,28.45,108.75,31.75').split(',').map(Number) as [number, number, number, number];

const layers: LayerSpecification[] = [{ id: 'background', type: 'background', paint: { 'background-color': '#efece4' } }];
for (const [id, , kind] of FILES) {
  if (kind === 'area') layers.push({ id: `${id}-fill`, type: 'fill', source: id, paint: { 'fill-color': '#dce9d2' } }, { id: `${id}-line`, type: 'line', source: id, paint: { 'line-color': '#9aa39a' } });
  if (kind === 'line') layers.push({ id, type: 'line', source: id, paint: { 'line-color': '#882255', 'line-width': 2 } });
  if (kind === 'point') layers.push({ id, type: 'circle', source: id, paint: { 'circle-color': '#332288', 'circle-radius': 3 } });
}

const map = new MlMap({
  container: el,
  style: { version: 8, sources: Object.fromEntries(FILES.map(([id, url]) => [id, { type: 'geojson', data: url }])), layers },
  bounds,
  attributionControl: false,
});
map.on('load', () => {
  const done = () => {
    if (!FILES.every(([id]) => map.isSourceLoaded(id))) return void map.once('idle', done);
    requestAnimationFrame(() => {
      performance.mark('bare:map-ready');
      document.documentElement.dataset.mapReady = 'true';
    });
  };
  map.once('idle', done);
});
(window as unknown as { __atlas: { map: MlMap } }).__atlas = { map };
