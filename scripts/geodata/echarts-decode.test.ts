import { describe, expect, it } from 'vitest';
import { decodeCollection, decodeRing, encodeRing } from './echarts-decode';

describe('decodeRing', () => {
  it('decodes a hand-encoded ring', () => {
    // Offset (1024, 2048) at scale 1024 is (1°, 2°). Deltas (0,0), (+1,0), (0,-1): zigzag 0→0, 1→2, -1→1, plus 64.
    const encoded = String.fromCharCode(64, 64, 66, 64, 64, 65);
    expect(decodeRing(encoded, [1024, 2048], 1024)).toEqual([
      [1, 2],
      [1 + 1 / 1024, 2],
      [1 + 1 / 1024, 2 - 1 / 1024],
    ]);
  });

  it('round-trips real-looking coordinates at 1/1024 degree', () => {
    const ring = [
      [105.7, 29.7],
      [105.9, 29.65],
      [106.05, 29.8],
      [105.8, 29.95],
      [105.7, 29.7],
    ];
    const { encoded, offset } = encodeRing(ring, 1024);
    const back = decodeRing(encoded, offset, 1024);
    back.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(ring[i]![0]!, 2);
      expect(p[1]).toBeCloseTo(ring[i]![1]!, 2);
    });
  });

  it('rejects a truncated string', () => {
    expect(() => decodeRing('@@A', [0, 0], 1024)).toThrow(/odd length/);
  });
});

describe('decodeCollection', () => {
  it('decodes polygons and multipolygons and closes their rings', () => {
    const sq = encodeRing([[0, 0], [1, 0], [1, 1], [0, 1]], 1024);
    const fc = decodeCollection({
      type: 'FeatureCollection',
      UTF8Encoding: true,
      features: [
        { type: 'Feature', id: '1', properties: { name: 'a' }, geometry: { type: 'Polygon', coordinates: [sq.encoded], encodeOffsets: [sq.offset] } },
        { type: 'Feature', id: '2', properties: { name: 'b' }, geometry: { type: 'MultiPolygon', coordinates: [[sq.encoded]], encodeOffsets: [[sq.offset]] } },
      ],
    });
    expect(fc.features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] });
    expect(fc.features[1]!.geometry.type).toBe('MultiPolygon');
    expect(fc.features[1]!.geometry.coordinates[0]).toEqual([[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]);
  });

  it('passes plain coordinates through when the file is not encoded', () => {
    const fc = decodeCollection({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 0]]] } }],
    });
    expect(fc.features[0]!.geometry.coordinates).toEqual([[[0, 0], [2, 0], [2, 2], [0, 0]]]);
  });
});
