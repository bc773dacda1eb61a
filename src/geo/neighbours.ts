import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface Shape {
  id: string;
  geometry: Polygon | MultiPolygon;
}

const key = (a: Position, b: Position): string => {
  const p = `${a[0]},${a[1]}`;
  const q = `${b[0]},${b[1]}`;
  return p < q ? `${p};${q}` : `${q};${p}`;
};

/**
 * Neighbours are shapes that share at least one edge. The geodata build keeps shared borders as
 * identical vertex runs (one topology), so an exact edge match is both fast and correct; touching
 * at a single point does not count, as is usual for "shares a border".
 */
export function sharedEdgeNeighbours(shapes: readonly Shape[]): Map<string, string[]> {
  const owners = new Map<string, string>();
  const pairs = new Map<string, Set<string>>(shapes.map((s) => [s.id, new Set()]));
  for (const { id, geometry } of shapes) {
    const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const rings of polys) {
      for (const ring of rings) {
        for (let i = 0; i + 1 < ring.length; i++) {
          const k = key(ring[i]!, ring[i + 1]!);
          const other = owners.get(k);
          if (other === undefined) owners.set(k, id);
          else if (other !== id) {
            pairs.get(id)!.add(other);
            pairs.get(other)!.add(id);
          }
        }
      }
    }
  }
  return new Map([...pairs].map(([id, set]) => [id, [...set].sort()]));
}
