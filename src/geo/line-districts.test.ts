import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LineString, Position } from 'geojson';
import { indexDistricts } from '../data/districts';
import { districtsFile } from '../data/schemas';
import { transportFile } from '../data/transport-schema';
import { lineCrossing, type AreaShape } from './line-districts';

const sq = (x: number, y: number): Position[][] => [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]];
const shape = (code: string, province: string, x: number): AreaShape => ({ code, provinceCode: province, bbox: [x, 0, x + 1, 1], geometry: { type: 'Polygon', coordinates: sq(x, 0) } });

describe('lineCrossing', () => {
  it('lists districts in order and splits the length by district and province', () => {
    const shapes = [shape('a', 'P', 0), shape('b', 'P', 1), shape('c', 'Q', 2)];
    const line: LineString = { type: 'LineString', coordinates: [[0.5, 0.5], [2.5, 0.5], [3.5, 0.5]] };
    const r = lineCrossing(line, shapes);
    expect(r.sequence).toEqual(['a', 'b', 'c']);
    const total = [...r.kmByDistrict.values()].reduce((s, v) => s + v, 0) + r.kmOutside;
    expect(r.kmOutside).toBeGreaterThan(50); // the last half-degree is outside every shape
    expect(r.kmByProvince.get('P')! / total).toBeGreaterThan(0.45);
    expect(r.kmByProvince.get('Q')! / total).toBeGreaterThan(0.15);
  });

  it('lists a district once even when the line leaves and re-enters it', () => {
    const shapes = [shape('a', 'P', 0), shape('b', 'P', 1)];
    const line: LineString = { type: 'LineString', coordinates: [[0.5, 0.5], [1.5, 0.5], [0.5, 0.6], [1.5, 0.6]] };
    expect(lineCrossing(line, shapes).sequence).toEqual(['a', 'b']);
  });

  it('finds 大足区 on the 成渝中线 line, between 铜梁 and 安岳', () => {
    const root = join(import.meta.dirname, '../../geodata');
    const districts = indexDistricts(districtsFile.parse(JSON.parse(readFileSync(join(root, 'districts.geojson'), 'utf8'))));
    const rail = transportFile.parse(JSON.parse(readFileSync(join(root, 'transport/rail.geojson'), 'utf8')));
    const line = rail.features.find((f) => f.properties.id === 'chengyu-zhongxian-hsr')!;
    const shapes = districts.geojson.features.map((f, i) => ({ code: f.properties.code, provinceCode: f.properties.province_code, bbox: districts.byCode.get(f.properties.code)!.bbox, geometry: f.geometry, i }));
    const r = lineCrossing(line.geometry as LineString, shapes);
    const names = r.sequence.map((c) => districts.byCode.get(c)!.name);
    expect(names.indexOf('大足区')).toBeGreaterThan(names.indexOf('铜梁区'));
    expect(names.indexOf('安岳县')).toBeGreaterThan(names.indexOf('大足区'));
    expect(r.kmByProvince.get('500000')).toBeGreaterThan(50);
    expect(r.kmByProvince.get('510000')).toBeGreaterThan(100);
  });
});
