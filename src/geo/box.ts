/** West, south, east, north in degrees. */
export type Box = [number, number, number, number];

/**
 * The smallest box holding `start` (when given) and every point with `margin` degrees of room
 * around it: what the map frames to show places drawn at points (rings, the ends of arcs) whole.
 * Null when there is neither a point nor a start.
 */
export function boxAround(points: readonly (readonly [number, number])[], margin: number, start?: Box): Box | null {
  if (!start && points.length === 0) return null;
  let [w, s, e, n] = start ?? [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    w = Math.min(w, x - margin);
    s = Math.min(s, y - margin);
    e = Math.max(e, x + margin);
    n = Math.max(n, y + margin);
  }
  return [w, s, e, n];
}
