/** `npm run transport`: builds geodata/transport/*.geojson from the curated files beside them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { describeIssues } from '../../src/data/load-json';
import { transportFile } from '../../src/data/transport-schema';
import { buildRail, type CuratedLine } from './rail';

const GEODATA = join(import.meta.dirname, '../../geodata');

export function labelIndex(): Map<string, [number, number]> {
  const districts = JSON.parse(readFileSync(join(GEODATA, 'districts.geojson'), 'utf8')) as { features: { properties: { code: string; label: [number, number] } }[] };
  return new Map(districts.features.map((f) => [f.properties.code, f.properties.label]));
}

export function buildTransport() {
  const curated = JSON.parse(readFileSync(join(GEODATA, 'transport/curated/rail.json'), 'utf8')) as { lines: CuratedLine[] };
  const labels = labelIndex();
  const { lines, stations } = buildRail(curated.lines, (c) => labels.get(c));
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
