import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDistricts } from './districts';
import { districtsFile } from './schemas';

const index = indexDistricts(districtsFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/districts.geojson'), 'utf8'))));
const names = (code: string) => index.neighbours.get(code)!.map((c) => index.byCode.get(c)!.name);

describe('indexDistricts', () => {
  it('indexes all 221 districts by code', () => {
    expect(index.list).toHaveLength(221);
    expect(index.byCode.get('500111')!.name).toBe('大足区');
  });

  it('finds the neighbours of 大足区 across the provincial border', () => {
    expect(names('500111').sort()).toEqual(['安岳县', '永川区', '荣昌区', '铜梁区', '潼南区'].sort());
  });

  it('makes the neighbour relation symmetric and gives every district at least one', () => {
    for (const [code, ns] of index.neighbours) {
      expect(ns.length, code).toBeGreaterThan(0);
      for (const n of ns) expect(index.neighbours.get(n)).toContain(code);
    }
  });

  it('computes areas in km² (渝中区 is about 22 km², 石渠县 about 25,000 km²)', () => {
    expect(index.byCode.get('500103')!.areaKm2).toBeGreaterThan(15);
    expect(index.byCode.get('500103')!.areaKm2).toBeLessThan(30);
    expect(index.byCode.get('513332')!.areaKm2).toBeGreaterThan(22_000);
    expect(index.byCode.get('513332')!.areaKm2).toBeLessThan(28_000);
  });
});
