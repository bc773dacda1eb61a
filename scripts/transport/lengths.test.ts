import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bbox } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { composeRoutes } from '../../src/data/routes';
import { transportFile } from '../../src/data/transport-schema';
import { featureCrossing, type AreaShape } from '../../src/geo/line-districts';
import { provinceLengths } from '../../src/geo/province-lengths';

/**
 * What every line's panel shows as its length in each province (src/geo/province-lengths.ts, on
 * the line as the app draws it), checked against what the same panel shows as its length and
 * what its sources say.
 */
const root = join(import.meta.dirname, '../../geodata');
const read = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8'));
const features = ['rail', 'stations', 'network', 'hubs'].flatMap((f) => transportFile.parse(read(`transport/${f}.geojson`)).features);
const lines = composeRoutes(features).filter((f) => f.geometry.type !== 'Point');
const shapes: AreaShape[] = (read('districts.geojson').features as Feature<Polygon | MultiPolygon, { code: string; province_code: string }>[]).map((f) => ({
  code: f.properties.code,
  provinceCode: f.properties.province_code,
  bbox: bbox(f) as [number, number, number, number],
  geometry: f.geometry,
}));
const shown = lines.map((f) => {
  const crossing = featureCrossing(f.geometry, shapes)!;
  return { f, lengths: provinceLengths(f.properties, crossing.kmByProvince, crossing.kmOutside) };
});
const sourceText = (f: (typeof lines)[number]) => f.properties.sources.map((s) => ('url' in s ? s.title : s.quote)).join(' ');

describe('length in each province, for every line', () => {
  it('covers every line', () => {
    expect(shown.length).toBeGreaterThan(40);
  });

  it.each(shown.map((s) => [s.f.properties.id, s] as const))('%s: the rows add up to the total shown above them, to within rounding', (_id, { f, lengths }) => {
    if (lengths.shown === 'none' || f.properties.length_km === null) return;
    const kms = lengths.rows.map((r) => ('km' in r ? r.km : null));
    if (kms.some((k) => k === null)) return; // a province no source gives: no sum is claimed
    const sum = kms.reduce((a, b) => a! + b!, 0)!;
    // Whole kilometres are shown, and a source's 约 figure is itself rounded.
    expect(Math.abs(sum - f.properties.length_km), `${sum} shown per province against ${f.properties.length_km}`).toBeLessThanOrEqual(1);
  });

  it.each(shown.map((s) => [s.f.properties.id, s] as const))('%s: no row contradicts a length per province its sources give', (_id, { f, lengths }) => {
    const sourced = f.properties.length_by_province ?? {};
    for (const [province, s] of Object.entries(sourced)) {
      expect(lengths.shown).toBe('sourced');
      const row = lengths.shown === 'sourced' ? lengths.rows.find((r) => r.province === province) : undefined;
      expect(row).toEqual({ province, basis: 'sourced', km: s.km, approx: s.approx === true });
      // The figure is the source's own.
      expect(sourceText(f)).toContain(`${s.km}公里`);
    }
  });

  it.each(shown.map((s) => [s.f.properties.id, s] as const))('%s: a schematic line states no measured length in a province', (_id, { f, lengths }) => {
    if (f.properties.accuracy !== 'schematic') return;
    if (lengths.shown === 'none') return;
    expect(lengths.shown).toBe('sourced');
    expect(lengths.rows.every((r) => r.basis === 'sourced' || r.basis === 'unsourced')).toBe(true);
  });

  it('gives 内江至大足 the 31 and 18.77 km of its source, not the 53 and 35 km of its schematic line', () => {
    const neida = shown.find((s) => s.f.properties.id === 'neida-expressway')!.lengths;
    expect(neida.shown === 'sourced' && neida.rows.map((r) => ('km' in r ? r.km : null))).toEqual([18.77, 31]);
  });
});
