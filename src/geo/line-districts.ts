import { booleanPointInPolygon, distance } from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

export interface AreaShape {
  code: string;
  provinceCode: string;
  bbox: [number, number, number, number];
  geometry: Polygon | MultiPolygon;
}

export interface LineCrossing {
  /**
   * District codes in the order the line first enters them, each once: a schematic line that
   * zigzags over a border would otherwise list the same pair again and again.
   */
  sequence: string[];
  /** Kilometres of line inside each district and each province. */
  kmByDistrict: Map<string, number>;
  kmByProvince: Map<string, number>;
  /** Kilometres outside every district (in a neighbouring province). */
  kmOutside: number;
}

const STEP_KM = 0.5;

function locate(p: Position, shapes: readonly AreaShape[], hint: AreaShape | undefined): AreaShape | undefined {
  const inside = (s: AreaShape) =>
    p[0]! >= s.bbox[0] && p[0]! <= s.bbox[2] && p[1]! >= s.bbox[1] && p[1]! <= s.bbox[3] && booleanPointInPolygon(p, s.geometry);
  if (hint && inside(hint)) return hint;
  return shapes.find(inside);
}

/**
 * Walks the line in half-kilometre steps and asks which district each step's midpoint lies in.
 * Accurate to a step at each border, which is far finer than a schematic line itself.
 */
export function lineCrossing(line: LineString, shapes: readonly AreaShape[]): LineCrossing {
  const sequence: string[] = [];
  const kmByDistrict = new Map<string, number>();
  const kmByProvince = new Map<string, number>();
  let kmOutside = 0;
  let current: AreaShape | undefined;
  const coords = line.coordinates;
  for (let i = 0; i + 1 < coords.length; i++) {
    const a = coords[i]!;
    const b = coords[i + 1]!;
    const km = distance(a, b);
    const steps = Math.max(1, Math.ceil(km / STEP_KM));
    for (let k = 0; k < steps; k++) {
      const t = (k + 0.5) / steps;
      const mid = [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
      const here = locate(mid, shapes, current);
      const stepKm = km / steps;
      if (!here) {
        kmOutside += stepKm;
        current = undefined;
        continue;
      }
      if (!kmByDistrict.has(here.code)) sequence.push(here.code);
      current = here;
      kmByDistrict.set(here.code, (kmByDistrict.get(here.code) ?? 0) + stepKm);
      kmByProvince.set(here.provinceCode, (kmByProvince.get(here.provinceCode) ?? 0) + stepKm);
    }
  }
  return { sequence, kmByDistrict, kmByProvince, kmOutside };
}

/** A feature's crossing: a route with a branch (MultiLineString) crosses the districts of each strand in turn; a point none. */
export function featureCrossing(g: LineString | MultiLineString | Point, shapes: readonly AreaShape[]): LineCrossing | null {
  const strands = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
  if (strands.length === 0) return null;
  const parts = strands.map((coordinates) => lineCrossing({ type: 'LineString', coordinates }, shapes));
  const sum = (maps: Map<string, number>[]) => maps.reduce((out, m) => (m.forEach((km, k) => out.set(k, (out.get(k) ?? 0) + km)), out), new Map<string, number>());
  return {
    sequence: [...new Set(parts.flatMap((p) => p.sequence))],
    kmByDistrict: sum(parts.map((p) => p.kmByDistrict)),
    kmByProvince: sum(parts.map((p) => p.kmByProvince)),
    kmOutside: parts.reduce((n, p) => n + p.kmOutside, 0),
  };
}
