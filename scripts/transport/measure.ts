/**
 * `tsx scripts/transport/measure.ts [file]`: for each rail line, how far its stations (at their
 * OpenStreetMap positions) lie from the line as drawn in `file` (default: the committed
 * geodata/transport/rail.geojson), mean and worst, in km. Used for the figures in docs/transport.md; run it
 * on an older rail.geojson (`git show REV:geodata/transport/rail.geojson > /tmp/old.geojson`) to
 * compare.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, LineString } from 'geojson';
import { loadOsm } from './osm';
import { offLine } from './rail';
import { OSM_DIR } from './build';

const file = process.argv[2] ?? join(import.meta.dirname, '../../geodata/transport/rail.geojson');
const rail = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<LineString, { id: string; accuracy: string; stations: { name_zh: string }[] }>;
const { stations } = loadOsm(OSM_DIR);
for (const f of rail.features) {
  const d = f.properties.stations.flatMap((s) => {
    const p = stations.get(s.name_zh);
    return p ? [offLine(p, f.geometry.coordinates)] : [];
  });
  const mean = d.reduce((a, b) => a + b, 0) / d.length;
  console.log(`${f.properties.id}\t${f.properties.accuracy}\t${d.length} stations\tmean ${mean.toFixed(2)} km\tworst ${Math.max(...d).toFixed(2)} km`);
}
