/**
 * Turns the curated ports, hubs, airports, waterway, corridor and expressways into GeoJSON. Pure:
 * where an anchor lies is asked of `resolve`, which build.ts answers from geodata/.
 */
import type { Feature, LineString, MultiLineString, Point, Position } from 'geojson';
import { lineString, nearestPointOnLine, point } from '@turf/turf';
import type { Mode, Source, Status, TransportProps } from '../../src/data/transport-schema';
import { cutBetween } from './osm';
import { resolveRoute, type CuratedRoutePart } from './route';

/**
 * Where a curated feature is drawn: a district's anchor, a Sichuan prefecture's label point, a
 * neighbouring prefecture seat, a country's label point, a waypoint at sea, or a point of the
 * committed geodata itself (`at`, with `what` it is).
 */
export type Anchor =
  | { code: string }
  | { prefecture: string }
  | { city: string }
  | { country: string }
  | { sea: [number, number] }
  | { at: [number, number]; what: string }
  /** An OpenStreetMap station, by name: where a line meets a rail line whose track it then shares. */
  | { station: string };

/** What every curated feature states, whatever its shape. */
export interface CuratedBase {
  id: string;
  mode: Mode;
  name_zh: string;
  name_en: string;
  aliases?: string[];
  status: Status;
  dates: TransportProps['dates'];
  sources: Source[];
  notes?: string;
  notes_zh?: string;
}
export interface CuratedPoint extends CuratedBase {
  anchor: Anchor;
}
export interface CuratedLine extends CuratedBase {
  length_km: number | null;
  speed_kmh: number | null;
  length_by_province?: TransportProps['length_by_province'];
  /** One line through these places; or `parts`, several, joined by `route`. */
  anchors?: Anchor[];
  parts?: Anchor[][];
  /** Its whole route where it runs on a rail line's track part of the way (route.ts). */
  route?: CuratedRoutePart[][];
  /**
   * `river`: drawn along the river line (geodata/context/rivers.geojson) nearest its first and
   * last anchors, cut there (`approximate`), instead of straight from anchor to anchor; the anchors
   * between only name the places it serves.
   */
  along?: 'river';
}

const byProvince = (c: CuratedLine) => (c.length_by_province ? { length_by_province: c.length_by_province } : {});

export type Resolve = (a: Anchor) => Position | undefined;

const describe = (a: Anchor) => JSON.stringify(a);

function base(c: CuratedBase, extra: Partial<TransportProps>): TransportProps {
  return {
    id: c.id,
    mode: c.mode,
    name_zh: c.name_zh,
    name_en: c.name_en,
    status: c.status,
    dates: c.dates,
    length_km: null,
    speed_kmh: null,
    accuracy: 'schematic',
    sources: c.sources,
    aliases: c.aliases ?? [],
    notes: c.notes ?? null,
    notes_zh: c.notes_zh ?? null,
    ...extra,
  };
}

/** The river line nearest both ends: the rivers file names none of them. */
function riverThrough(anchors: readonly Position[], rivers: readonly Position[][]): { river: Position[]; worst: number } | undefined {
  let best: { river: Position[]; worst: number } | undefined;
  for (const river of rivers) {
    const line = lineString(river as Position[]);
    const worst = Math.max(...anchors.map((a) => nearestPointOnLine(line, point(a)).properties.dist!));
    if (!best || worst < best.worst) best = { river, worst };
  }
  return best;
}

export function buildNetwork(curated: { points: CuratedPoint[]; lines: CuratedLine[] }, resolve: Resolve, rivers: readonly Position[][] = []) {
  const stationAt = (name: string) => resolve({ station: name });
  const problems: string[] = [];
  const at = (owner: string, a: Anchor): Position | undefined => {
    const p = resolve(a);
    if (!p) problems.push(`${owner}: cannot place anchor ${describe(a)}`);
    return p;
  };
  const points = curated.points.map(
    (c): Feature<Point, TransportProps> => ({
      type: 'Feature',
      properties: base(c, { code: 'code' in c.anchor ? c.anchor.code : null }),
      geometry: { type: 'Point', coordinates: at(c.id, c.anchor) ?? [0, 0] },
    }),
  );
  const lines = curated.lines.map((c): Feature<LineString | MultiLineString, TransportProps> => {
    const place = (anchors: readonly Anchor[]) => anchors.map((a) => at(c.id, a)).filter((p): p is Position => p !== undefined);
    if (c.parts) {
      const parts = c.parts.map(place);
      if (parts.some((p) => p.length < 2)) problems.push(`${c.id}: a part with fewer than two anchors placed`);
      return {
        type: 'Feature',
        properties: base(c, { length_km: c.length_km, ...byProvince(c), speed_kmh: c.speed_kmh, ...(c.route ? { route: resolveRoute(c.id, c.route, stationAt, problems) } : {}) }),
        geometry: { type: 'MultiLineString', coordinates: parts },
      };
    }
    let coords = place(c.anchors ?? []);
    if (coords.length < 2) problems.push(`${c.id}: fewer than two anchors placed`);
    if (c.along === 'river' && coords.length >= 2) {
      const found = riverThrough([coords[0]!, coords[coords.length - 1]!], rivers);
      // Both ends are river towns: farther than 5 km means the wrong river.
      if (!found || found.worst > 5) problems.push(`${c.id}: no river line within 5 km of both ends`);
      else coords = cutBetween(found.river, coords[0], coords[coords.length - 1]).coordinates;
    }
    return {
      type: 'Feature',
      properties: base(c, { length_km: c.length_km, ...byProvince(c), speed_kmh: c.speed_kmh, ...(c.along === 'river' ? { accuracy: 'approximate' as const } : {}) }),
      geometry: { type: 'LineString', coordinates: coords },
    };
  });
  if (problems.length) throw new Error(`network build failed:\n  ${problems.join('\n  ')}`);
  return { points, lines };
}
