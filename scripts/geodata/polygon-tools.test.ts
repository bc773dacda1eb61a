import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { labelPoint, mergeTouchingParts } from './polygon-tools';

const sq = (x: number, y: number, s = 1): Position[][] => [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]];

describe('mergeTouchingParts', () => {
  it('merges two parts that share an edge into one polygon', () => {
    const g: MultiPolygon = { type: 'MultiPolygon', coordinates: [sq(0, 0), sq(1, 0)] };
    const merged = mergeTouchingParts(g);
    expect(merged.type).toBe('Polygon');
  });

  it('leaves separate islands alone', () => {
    const g: MultiPolygon = { type: 'MultiPolygon', coordinates: [sq(0, 0), sq(3, 0)] };
    expect(mergeTouchingParts(g)).toBe(g);
  });
});

describe('labelPoint', () => {
  it('labels the largest part, inside it', () => {
    const g: MultiPolygon = { type: 'MultiPolygon', coordinates: [sq(0, 0, 0.1), sq(5, 5, 2)] };
    // A stand-in for polylabel: the mean of the outer ring.
    const mean = (rings: Position[][]) => {
      const r = rings[0]!.slice(0, -1);
      return [r.reduce((s, p) => s + p[0]!, 0) / r.length, r.reduce((s, p) => s + p[1]!, 0) / r.length];
    };
    const p = labelPoint(g, mean);
    expect(p).toEqual([6, 6]);
    expect(booleanPointInPolygon(p, { type: 'Polygon', coordinates: sq(5, 5, 2) })).toBe(true);
  });
});
