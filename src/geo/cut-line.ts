import type { Position } from 'geojson';

/** Where a point falls on a polyline: the segment and how far along it (0–1), in planar lon/lat scaled by latitude. */
function locate(line: readonly Position[], p: Position): { at: number; point: Position } {
  const k = Math.cos(((p[1] ?? 0) * Math.PI) / 180);
  let best = { d: Infinity, at: 0, point: line[0]! };
  for (let i = 0; i < line.length - 1; i++) {
    const [ax, ay] = line[i]! as [number, number];
    const [bx, by] = line[i + 1]! as [number, number];
    const dx = (bx - ax) * k;
    const dy = by - ay;
    const len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, (((p[0]! - ax) * k) * dx + (p[1]! - ay) * dy) / len));
    const x = ax + (bx - ax) * t;
    const y = ay + (by - ay) * t;
    const d = ((p[0]! - x) * k) ** 2 + (p[1]! - y) ** 2;
    if (d < best.d) best = { d, at: i + t, point: [x, y] };
  }
  return best;
}

/**
 * The stretch of a polyline between the points on it nearest `from` and `to`, in the order from →
 * to (the line may run either way). Planar, which at a few hundred kilometres is exact enough for
 * cutting at stations that lie on the line.
 */
export function cutLine(line: readonly Position[], from: Position, to: Position): Position[] {
  const a = locate(line, from);
  const b = locate(line, to);
  const [lo, hi] = a.at <= b.at ? [a, b] : [b, a];
  const inner = line.slice(Math.floor(lo.at) + 1, Math.ceil(hi.at));
  const out = [lo.point, ...inner, hi.point].filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
  return a === lo ? out : out.reverse();
}
