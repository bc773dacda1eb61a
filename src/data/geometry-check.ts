/**
 * Structural checks for GeoJSON coordinates, written as loops rather than zod schemas: the district
 * file has ~50,000 positions and per-element schema parsing would dominate load time.
 */
type Check = (c: unknown) => string | null;

const isPosition = (p: unknown): boolean =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

function checkRing(r: unknown): string | null {
  if (!Array.isArray(r) || r.length < 4) return 'a ring needs at least 4 positions';
  for (let i = 0; i < r.length; i++) if (!isPosition(r[i])) return `position ${i} is not [lon, lat]`;
  const a = r[0] as number[];
  const b = r[r.length - 1] as number[];
  if (a[0] !== b[0] || a[1] !== b[1]) return 'ring is not closed';
  return null;
}

const checkPolygon: Check = (c) => {
  if (!Array.isArray(c) || c.length === 0) return 'polygon has no rings';
  for (let i = 0; i < c.length; i++) {
    const e = checkRing(c[i]);
    if (e) return `ring ${i}: ${e}`;
  }
  return null;
};

const checkLine: Check = (c) => {
  if (!Array.isArray(c) || c.length < 2) return 'line needs at least 2 positions';
  for (let i = 0; i < c.length; i++) if (!isPosition(c[i])) return `position ${i} is not [lon, lat]`;
  return null;
};

const multi =
  (inner: Check): Check =>
  (c) => {
    if (!Array.isArray(c) || c.length === 0) return 'empty multi-geometry';
    for (let i = 0; i < c.length; i++) {
      const e = inner(c[i]);
      if (e) return `part ${i}: ${e}`;
    }
    return null;
  };

const CHECKS: Record<string, Check> = {
  Point: (c) => (isPosition(c) ? null : 'point is not [lon, lat]'),
  LineString: checkLine,
  MultiLineString: multi(checkLine),
  Polygon: checkPolygon,
  MultiPolygon: multi(checkPolygon),
};

/** Returns why a geometry is malformed, or null; `allowed` limits the geometry types accepted. */
export function geometryProblem(g: unknown, allowed: readonly string[]): string | null {
  if (typeof g !== 'object' || g === null) return 'geometry missing';
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
  if (typeof type !== 'string' || !allowed.includes(type)) return `geometry type ${String(type)} is not one of ${allowed.join(', ')}`;
  return CHECKS[type]!(coordinates);
}
