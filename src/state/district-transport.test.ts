import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { indexDistricts } from '../data/districts';
import { districtsFile, type DistrictsFile } from '../data/schemas';
import { transportFile } from '../data/transport-schema';
import type { TransportFeature } from '../data/transport';
import { transportOfDistrict } from './district-transport';

const read = (p: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata', p), 'utf8'));
const districts = indexDistricts(districtsFile.parse(read('districts.geojson')) as DistrictsFile);
const transport: TransportFeature[] = ['rail', 'stations', 'network', 'hubs'].flatMap((f) => transportFile.parse(read(`transport/${f}.geojson`)).features);
const shape = (code: string) => {
  const f = districts.geojson.features.find((x) => x.properties.code === code)!;
  return { code, provinceCode: f.properties.province_code, bbox: districts.byCode.get(code)!.bbox, geometry: f.geometry as Polygon | MultiPolygon };
};

describe('transportOfDistrict', () => {
  it('lists the lines crossing 大足区 with their status and length inside, high-speed rail first', () => {
    const { lines, points } = transportOfDistrict(shape('500111'), transport);
    const ids = lines.map((l) => l.id);
    expect(ids).toContain('chengyu-zhongxian-hsr');
    expect(ids).toContain('neida-expressway');
    const zhongxian = lines.find((l) => l.id === 'chengyu-zhongxian-hsr')!;
    expect(zhongxian).toMatchObject({ mode: 'hsr', status: 'under-construction' });
    expect(zhongxian.km).toBeGreaterThan(5);
    expect(lines[0]!.mode).toBe('hsr');
    expect(points.map((p) => p.id)).toContain('station:500111:大足');
    expect(points.every((p) => p.km === null)).toBe(true);
  });

  it('states no length inside for a schematic line, and says it need not really pass through', () => {
    // 内江至大足's schematic line starts at 内江's label point, in 资中县, where the road does not run.
    for (const code of ['500111', '511025']) {
      const neida = transportOfDistrict(shape(code), transport).lines.find((l) => l.id === 'neida-expressway')!;
      expect(neida).toMatchObject({ km: null, schematic: true });
    }
    const zhongxian = transportOfDistrict(shape('500111'), transport).lines.find((l) => l.id === 'chengyu-zhongxian-hsr')!;
    expect(zhongxian.schematic).toBe(false);
  });

  it('finds the ports and airports in central Chongqing by their district, not by lines', () => {
    const { points } = transportOfDistrict(shape('500112'), transport); // 渝北区
    expect(points.some((p) => p.mode === 'airport')).toBe(true);
  });

  it('lists nothing for a district far from every line (石渠县 on the plateau)', () => {
    expect(transportOfDistrict(shape('513332'), transport)).toEqual({ lines: [], points: [] });
  });

  it('takes a line through one of its stations even where the schematic geometry would miss the district', () => {
    const line = transport.find((f) => f.properties.id === 'chengyu-zhongxian-hsr')!;
    const moved = { ...line, geometry: { type: 'LineString' as const, coordinates: [[90, 40], [91, 41]] } };
    expect(transportOfDistrict(shape('500111'), [moved as TransportFeature]).lines.map((l) => [l.id, l.km])).toEqual([['chengyu-zhongxian-hsr', null]]);
  });
});
