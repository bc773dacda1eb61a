import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bboxPolygon, booleanIntersects } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { beyondNear, CONTEXT_BOUNDS, corridorBounds, ECONOMIC_CORE, HOME_BOUNDS, NEAR_BOUNDS, overlayPadding } from './camera';

const districts = JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/districts.geojson'), 'utf8')) as {
  features: { properties: { code: string; label: [number, number]; name: string } }[];
};

describe('home view', () => {
  it('holds the label point of every core district of the economic circle, 万州 and 达州 included', () => {
    const [w, s, e, n] = HOME_BOUNDS;
    for (const code of ECONOMIC_CORE) {
      const d = districts.features.find((f) => f.properties.code === code)!;
      expect(d, code).toBeDefined();
      const [lon, lat] = d.properties.label;
      expect(lon > w && lon < e && lat > s && lat < n, d.properties.name).toBe(true);
    }
  });

  it('frames the circle, not all of Sichuan: the western plateau (甘孜, 阿坝) stays out', () => {
    expect(HOME_BOUNDS[0]).toBeGreaterThan(103);
    expect(HOME_BOUNDS[2] - HOME_BOUNDS[0]).toBeLessThan(6);
  });
});

describe('the far context (countries abroad, the sea)', () => {
  it('has nothing inside NEAR_BOUNDS, so the map need not fetch it while it stays there', () => {
    const box = bboxPolygon(NEAR_BOUNDS);
    for (const file of ['countries', 'sea']) {
      const fc = JSON.parse(readFileSync(join(import.meta.dirname, `../../geodata/context/${file}.geojson`), 'utf8')) as { features: Feature<Polygon | MultiPolygon, { name: string }>[] };
      expect(fc.features.length, file).toBeGreaterThan(0);
      for (const f of fc.features) expect(booleanIntersects(f, box), `${file} ${f.properties.name}`).toBe(false);
    }
  });

  it('holds the home view with room to spare, and not the corridor', () => {
    expect(beyondNear(HOME_BOUNDS)).toBe(false);
    const [w, s, e, n] = HOME_BOUNDS;
    expect(beyondNear([w - 1.5, s - 2, e + 1.5, n + 2])).toBe(false);
    expect(beyondNear([103.8, 21.9, 110, 36])).toBe(true);
  });
});

describe('corridorBounds', () => {
  const line = (mode: string, id: string, coordinates: number[][]) => ({ properties: { mode, id }, geometry: { type: 'LineString', coordinates }, type: 'Feature' });
  it('spans the corridor routes, the 中欧班列 exit and the home view, but not the sea leg or other lines', () => {
    const features = [
      line('corridor', 'corridor-central', [[106.5, 29.5], [108.3, 21.9]]),
      line('corridor', 'cr-express-chongqing-exit', [[106.5, 29.5], [103.8, 36]]),
      line('corridor', 'corridor-sea-singapore', [[108.3, 21.9], [103.8, 1.3]]),
      line('hsr', 'x', [[100, 40], [101, 41]]),
    ];
    expect(corridorBounds({ features } as never)).toEqual([103.55, 21.9, HOME_BOUNDS[2], 36]);
  });
  it('falls back to a fixed extent inside the context when the data is missing', () => {
    const [w, s, e, n] = corridorBounds(null);
    expect(w >= CONTEXT_BOUNDS[0] && s >= CONTEXT_BOUNDS[1] && e <= CONTEXT_BOUNDS[2] && n <= CONTEXT_BOUNDS[3]).toBe(true);
  });
});

describe('overlayPadding', () => {
  const map = { left: 0, top: 0, right: 1000, bottom: 800 };
  it('pushes in the side an overlay costs least: a tall legend at the top right takes the right side', () => {
    expect(overlayPadding(map, [{ left: 780, top: 10, right: 990, bottom: 400 }], 40)).toEqual({ top: 40, right: 228, bottom: 40, left: 40 });
  });
  it('a wide, low overlay at the bottom takes the bottom', () => {
    expect(overlayPadding(map, [{ left: 10, top: 700, right: 990, bottom: 790 }], 40)).toMatchObject({ bottom: 108, right: 40 });
  });
  it('ignores overlays outside the map, and never leaves less than 30% of the map to frame', () => {
    expect(overlayPadding(map, [{ left: 1100, top: 0, right: 1200, bottom: 50 }], 20)).toEqual({ top: 20, right: 20, bottom: 20, left: 20 });
    const p = overlayPadding(map, [{ left: 100, top: 0, right: 1000, bottom: 800 }, { left: 0, top: 0, right: 900, bottom: 800 }], 20);
    expect(p.left + p.right).toBeLessThanOrEqual(700.001);
  });
});
