/** `npm run transport`: builds geodata/transport/*.geojson from the curated files beside them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon, centroid } from '@turf/turf';
import { describeIssues } from '../../src/data/load-json';
import { transportFile } from '../../src/data/transport-schema';
import { buildRail, type CuratedLine } from './rail';

const GEODATA = join(import.meta.dirname, '../../geodata');

/**
 * Where a station with no position of its own is drawn in its district: the centroid when it lies
 * inside, else the label point. Not the label point first: the district's name sits there and a
 * click on it must reach the district.
 */
export function anchorIndex(): Map<string, Position> {
  const districts = JSON.parse(readFileSync(join(GEODATA, 'districts.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { code: string; label: [number, number] }>;
  return new Map(
    districts.features.map((f) => {
      const c = centroid(f).geometry.coordinates;
      const rounded = [Math.round(c[0]! * 1e3) / 1e3, Math.round(c[1]! * 1e3) / 1e3];
      return [f.properties.code, booleanPointInPolygon(rounded, f) ? rounded : f.properties.label];
    }),
  );
}

export function buildTransport() {
  const curated = JSON.parse(readFileSync(join(GEODATA, 'transport/curated/rail.json'), 'utf8')) as { lines: CuratedLine[] };
  const anchors = anchorIndex();
  const { lines, stations } = buildRail(curated.lines, (c) => anchors.get(c));
  return { 'rail.geojson': lines, 'stations.geojson': stations };
}

export const serialise = (features: Feature[]) =>
  `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const [file, features] of Object.entries(buildTransport())) {
    const text = serialise(features);
    const checked = transportFile.safeParse(JSON.parse(text));
    if (!checked.success) throw new Error(`${file} fails its schema: ${describeIssues(checked.error.issues)}`);
    writeFileSync(join(GEODATA, 'transport', file), text);
    console.log(`${file}: ${features.length} features, ${text.length} bytes`);
  }
}
