import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { transportFile } from '../../src/data/transport-schema';
import { buildTransport, serialise } from './build';

const root = join(import.meta.dirname, '../../geodata');
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const rail = transportFile.parse(JSON.parse(read('transport/rail.geojson'))).features;
const stations = transportFile.parse(JSON.parse(read('transport/stations.geojson'))).features;
const districts = new Map(
  (JSON.parse(read('districts.geojson')).features as Feature<Polygon | MultiPolygon, { code: string }>[]).map((f) => [f.properties.code, f]),
);

describe('geodata/transport', () => {
  it('is what `npm run transport` builds from the curated files', () => {
    const built = buildTransport();
    expect(read('transport/rail.geojson')).toBe(serialise(built['rail.geojson']));
    expect(read('transport/stations.geojson')).toBe(serialise(built['stations.geojson']));
  });

  it('has every rail project the issue names, by name or alias', () => {
    const names = rail.flatMap((f) => [f.properties.name_zh, ...f.properties.aliases]);
    for (const n of ['成渝中线高铁', '成达万高铁', '渝昆高铁', '成渝高铁', '成遂渝铁路', '渝万高铁', '郑渝高铁', '西成高铁', '成自宜高铁', '渝西高铁', '渝湘高铁', '成贵高铁', '兰渝铁路'])
      expect(names, n).toContain(n);
  });

  it('puts every station inside the district its code names', () => {
    for (const s of stations) {
      const d = districts.get(s.properties.code!);
      expect(d, s.properties.id).toBeDefined();
      expect(booleanPointInPolygon(s.geometry.coordinates as number[], d!), s.properties.id).toBe(true);
    }
  });

  it('draws each line as one continuous piece with no jump longer than the line itself', () => {
    for (const f of rail) {
      expect(f.geometry.type, f.properties.id).toBe('LineString');
      const c = (f.geometry as { coordinates: number[][] }).coordinates;
      expect(c.length, f.properties.id).toBeGreaterThanOrEqual(2);
      let drawn = 0;
      for (let i = 0; i + 1 < c.length; i++) drawn += distance(c[i]!, c[i + 1]!);
      if (f.properties.length_km) expect(drawn, f.properties.id).toBeLessThan(f.properties.length_km * 1.2);
    }
  });

  it('marks station-to-station lines schematic and cites a source for each', () => {
    for (const f of [...rail, ...stations]) {
      expect(f.properties.accuracy).toBe('schematic');
      expect(f.properties.sources.length).toBeGreaterThan(0);
    }
  });

  it('links every station to lines that exist and list it', () => {
    const byId = new Map(rail.map((f) => [f.properties.id, f]));
    for (const s of stations)
      for (const id of s.properties.line_ids!) {
        const line = byId.get(id);
        expect(line, id).toBeDefined();
        expect(line!.properties.stations!.some((x) => `${x.name_zh}站` === s.properties.name_zh && x.code === s.properties.code)).toBe(true);
      }
  });
});
