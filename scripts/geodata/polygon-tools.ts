import type { MultiPolygon, Polygon, Position } from 'geojson';
import { area, featureCollection, polygon, union } from '@turf/turf';

export type PoleOfInaccessibility = (rings: Position[][], precision: number) => number[];

/**
 * A label point inside the polygon: the pole of inaccessibility of its largest part, so that
 * crescent-shaped and multi-part districts still get a point well inside (a centroid may not be).
 */
export function labelPoint(g: Polygon | MultiPolygon, pole: PoleOfInaccessibility): [number, number] {
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = parts[0]!;
  let bestArea = -1;
  for (const p of parts) {
    const a = area(polygon(p));
    if (a > bestArea) {
      best = p;
      bestArea = a;
    }
  }
  const [x, y] = pole(best, 0.0005);
  return [round(x!), round(y!)];
}

const round = (v: number) => Math.round(v * 1e3) / 1e3;

/**
 * Rounding coordinates can make two parts of one district share an edge, which makes the
 * MultiPolygon invalid; union merges them. Vertices on the outside are kept, so borders shared
 * with neighbouring districts stay identical.
 */
export function mergeTouchingParts(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (g.type === 'Polygon' || g.coordinates.length < 2) return g;
  const edges = new Set<string>();
  let touching = false;
  g.coordinates.forEach((part, i) => {
    const ring = part[0]!;
    for (let k = 0; k + 1 < ring.length && !touching; k++) {
      const key = edgeKey(ring[k]!, ring[k + 1]!);
      if (edges.has(`${key}`) && !edges.has(`${i}|${key}`)) touching = true;
      edges.add(key);
      edges.add(`${i}|${key}`);
    }
  });
  if (!touching) return g;
  const merged = union(featureCollection(g.coordinates.map((p) => polygon(p))));
  if (!merged) throw new Error('union of district parts came back empty');
  return merged.geometry;
}

const edgeKey = (a: Position, b: Position) => {
  const [p, q] = [a.join(), b.join()].sort();
  return `${p};${q}`;
};
