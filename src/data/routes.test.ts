import { describe, expect, it } from 'vitest';
import { composeRoutes, sharersOf } from './routes';
import type { TransportFeature } from './transport';
import type { RoutePart } from './transport-schema';

const line = (id: string, coordinates: number[][], route?: RoutePart[][]): TransportFeature =>
  ({
    type: 'Feature',
    properties: { id, mode: 'hsr', name_zh: id, name_en: null, status: 'open', dates: {}, length_km: null, speed_kmh: null, accuracy: 'traced', sources: [], aliases: [], notes: null, notes_zh: null, ...(route ? { route } : {}) },
    geometry: { type: 'LineString', coordinates },
  }) as TransportFeature;

// A: 重庆北 (0) → 梁平南 (1) → 万州北 (2); B runs on A from 重庆北 to 万州北, then on its own track to 巫山 (3).
const A = line('a', [[0, 0], [1, 0], [2, 0]]);
const B = line('b', [[2, 0], [3, 0]], [[{ line: 'a', from: '重庆北', to: '万州北', cut: [[0, 0], [2, 0]] }, { own: 0 }]]);

describe('composeRoutes', () => {
  it('draws a line on shared track as the other line\'s section and then its own, as one line', () => {
    const [a, b] = composeRoutes([A, B]);
    expect(a).toBe(A);
    expect(b!.geometry).toEqual({ type: 'LineString', coordinates: [[0, 0], [1, 0], [2, 0], [3, 0]] });
    // The data is not changed.
    expect(B.geometry).toEqual({ type: 'LineString', coordinates: [[2, 0], [3, 0]] });
  });

  it('draws a second strand as a branch (MultiLineString)', () => {
    const C = { ...line('c', []), geometry: { type: 'MultiLineString', coordinates: [[[5, 5], [2, 0]], [[9, 9], [8, 8]]] } } as TransportFeature;
    C.properties.route = [[{ own: 0 }, { line: 'a', from: 'x', to: 'y', cut: [[2, 0], [1, 0]] }], [{ own: 1 }]];
    const [, c] = composeRoutes([A, C]);
    expect(c!.geometry).toEqual({ type: 'MultiLineString', coordinates: [[[5, 5], [2, 0], [1, 0]], [[9, 9], [8, 8]]] });
  });

  it('shows what it has when the shared line is not loaded', () => {
    const [b] = composeRoutes([B]);
    expect(b!.geometry).toEqual({ type: 'LineString', coordinates: [[2, 0], [3, 0]] });
  });

  it('says which lines run on whose track', () => {
    expect(sharersOf(composeRoutes([A, B])).get('a')).toEqual([{ by: 'b', from: '重庆北', to: '万州北' }]);
  });
});
