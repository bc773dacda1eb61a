import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { sharedEdgeNeighbours } from './neighbours';

const sq = (x: number, y: number): Position[][] => [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]];

describe('sharedEdgeNeighbours', () => {
  it('pairs shapes sharing an edge, in either direction, but not shapes touching at a corner', () => {
    const n = sharedEdgeNeighbours([
      { id: 'a', geometry: { type: 'Polygon', coordinates: sq(0, 0) } },
      { id: 'b', geometry: { type: 'Polygon', coordinates: sq(1, 0) } },
      { id: 'c', geometry: { type: 'Polygon', coordinates: sq(2, 1) } },
      { id: 'd', geometry: { type: 'MultiPolygon', coordinates: [sq(5, 5), sq(0, 1)] } },
    ]);
    expect(n.get('a')).toEqual(['b', 'd']);
    expect(n.get('b')).toEqual(['a']);
    expect(n.get('c')).toEqual([]);
    expect(n.get('d')).toEqual(['a']);
  });
});
