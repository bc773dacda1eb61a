import { booleanPointInPolygon } from '@turf/turf';
import type { LineString } from 'geojson';
import { MODES, STATUSES, type Mode, type Status } from '../data/transport-schema';
import type { TransportFeature } from '../data/transport';
import { lineCrossing, type AreaShape } from '../geo/line-districts';

export interface DistrictTransportItem {
  id: string;
  mode: Mode;
  status: Status;
  nameZh: string;
  nameEn: string | null;
  /**
   * Lines: kilometres of the drawn line inside the district; null for a point, and for a schematic
   * line (straight between the places it serves: a length measured on it would be no fact).
   */
  km: number | null;
  /** A schematic line: drawn across the district, which it need not really pass through. */
  schematic: boolean;
}

export interface DistrictTransport {
  /** Lines in or crossing the district. */
  lines: DistrictTransportItem[];
  /** Stations, ports, hubs and airports in the district. */
  points: DistrictTransportItem[];
}

const overlaps = (a: readonly number[], b: readonly number[]) => a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;

function lineBbox(parts: readonly LineString[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of parts) for (const [x, y] of p.coordinates) [w, s, e, n] = [Math.min(w, x!), Math.min(s, y!), Math.max(e, x!), Math.max(n, y!)];
  return [w, s, e, n];
}

const order = (f: DistrictTransportItem) => [MODES.indexOf(f.mode), STATUSES.indexOf(f.status)];
const byKind = (a: DistrictTransportItem, b: DistrictTransportItem) => {
  const [ma, sa] = order(a);
  const [mb, sb] = order(b);
  return ma! - mb! || sa! - sb! || a.nameZh.localeCompare(b.nameZh, 'zh');
};

/**
 * The transport in or crossing one district, from the data already loaded: a line when its
 * geometry passes through the district (by the half-kilometre steps of lineCrossing) or one of its
 * stations is placed there; a point when its `code` names the district or, with no code, it lies
 * inside. Sorted by kind (high-speed rail first), then status, then name. Pure, so it is unit-tested.
 */
export function transportOfDistrict(district: AreaShape, features: readonly TransportFeature[]): DistrictTransport {
  const lines: DistrictTransportItem[] = [];
  const points: DistrictTransportItem[] = [];
  for (const f of features) {
    const p = f.properties;
    const g = f.geometry;
    const item = (km: number | null): DistrictTransportItem => ({
      id: p.id,
      mode: p.mode,
      status: p.status,
      nameZh: p.name_zh,
      nameEn: p.name_en,
      km: p.accuracy === 'schematic' || g.type === 'Point' ? null : km,
      schematic: g.type !== 'Point' && p.accuracy === 'schematic',
    });
    if (g.type === 'Point') {
      const inside = p.code != null ? p.code === district.code : overlaps([...g.coordinates, ...g.coordinates], district.bbox) && booleanPointInPolygon(g.coordinates, district.geometry);
      if (inside) points.push(item(null));
      continue;
    }
    const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    // Only the segments that reach the district's box are walked (a click's panel stays fast).
    let km = 0;
    for (const part of parts)
      for (let i = 0; i + 1 < part.length; i++) {
        const segment: LineString = { type: 'LineString', coordinates: [part[i]!, part[i + 1]!] };
        if (overlaps(lineBbox([segment]), district.bbox)) km += lineCrossing(segment, [district]).kmByDistrict.get(district.code) ?? 0;
      }
    const stationHere = (p.stations ?? []).some((s) => s.code === district.code);
    if (km > 0 || stationHere) lines.push(item(km > 0 ? Math.round(km) : null));
  }
  return { lines: lines.sort(byKind), points: points.sort(byKind) };
}
