import { lineString } from '@turf/turf';
import type { Feature, LineString } from 'geojson';

type LonLat = [number, number];

/**
 * A curved arc from one point to another: a quadratic Bézier bowed sideways by `bend` times the
 * distance, in a plane where a degree of longitude is shortened by cos(latitude) so the curve does
 * not lean. Both ends are exact; a–b and b–a bow to opposite sides, so callers order the ends when
 * the same link must always look the same.
 */
export function arcCoordinates(from: LonLat, to: LonLat, bend = 0.18, steps = 32): LonLat[] {
  const k = Math.cos((((from[1] + to[1]) / 2) * Math.PI) / 180);
  const [x0, y0] = [from[0] * k, from[1]];
  const [x1, y1] = [to[0] * k, to[1]];
  const [dx, dy] = [x1 - x0, y1 - y0];
  // The control point sits off the midpoint, perpendicular to the chord (to its left).
  const [cx, cy] = [(x0 + x1) / 2 - dy * bend * 2, (y0 + y1) / 2 + dx * bend * 2];
  const out: LonLat[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    const x = u * u * x0 + 2 * u * t * cx + t * t * x1;
    const y = u * u * y0 + 2 * u * t * cy + t * t * y1;
    out.push([x / k, y]);
  }
  out[0] = from;
  out[steps] = to;
  return out;
}

export function arcFeature<P extends Record<string, unknown>>(from: LonLat, to: LonLat, properties: P): Feature<LineString, P> {
  return lineString(arcCoordinates(from, to), properties) as Feature<LineString, P>;
}

/** Arc width in pixels: thicker for more agreements, by the square root so one busy pair does not drown the rest. */
export const arcWidth = (count: number, max: number, min = 3, widest = 11): number =>
  max <= 1 ? min + Math.min(count - 1, 4) * 1.2 : min + (widest - min) * Math.sqrt((count - 1) / (max - 1));
