import type { LineString, MultiLineString, Position } from 'geojson';
import { cutLine } from '../geo/cut-line';
import type { RoutePart, TransportFile } from './transport-schema';

type TransportFeature = TransportFile['features'][number];

type Shared = Extract<RoutePart, { line: string }>;

/** A line's own geometry as parts: a LineString is one part. */
const ownParts = (f: TransportFeature): Position[][] =>
  f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [];

/**
 * Two ends closer than this (about 2 km) meet: the strand goes on as one line, straight across the
 * gap (a station standing beside the track it is cut at, as 广元 stands 0.13 km off 兰渝's).
 */
const MEET = 0.02;
const meet = (a: Position, b: Position) => Math.abs(a[0]! - b[0]!) < MEET && Math.abs(a[1]! - b[1]!) < MEET;
const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/**
 * Each line with a `route` drawn whole: its own parts and the sections of the lines it shares
 * track with, strand by strand, in order. The shared track stays in the data once (on its own
 * line) and is cut from it here. A section whose line is not loaded (its file failed), or itself
 * borrows its track, is left out: the line then shows what it has. Other features are returned as
 * they are.
 */
export function composeRoutes(features: readonly TransportFeature[]): TransportFeature[] {
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  const sectionOf = (part: Shared): Position[] | null => {
    const line = byId.get(part.line);
    if (!line || line.properties.route || line.geometry.type !== 'LineString') return null;
    return cutLine(line.geometry.coordinates, part.cut[0], part.cut[1]);
  };
  return features.map((f) => {
    const route = f.properties.route;
    if (!route) return f;
    const own = ownParts(f);
    const strands: Position[][] = [];
    for (const strand of route) {
      let current: Position[] = [];
      for (const part of strand) {
        const coords = 'own' in part ? (own[part.own] ?? null) : sectionOf(part);
        if (!coords || coords.length < 2) continue;
        const end = current[current.length - 1];
        if (end && meet(end, coords[0]!)) current.push(...(same(end, coords[0]!) ? coords.slice(1) : coords));
        else {
          if (current.length) strands.push(current);
          current = [...coords];
        }
      }
      if (current.length) strands.push(current);
    }
    if (strands.length === 0) return f;
    const geometry: LineString | MultiLineString = strands.length === 1 ? { type: 'LineString', coordinates: strands[0]! } : { type: 'MultiLineString', coordinates: strands };
    return { ...f, geometry };
  });
}

/** The sections of a line's route run on other lines' track, in order. */
export const sharedSections = (f: TransportFeature): Shared[] => (f.properties.route ?? []).flat().filter((p): p is Shared => 'line' in p);

/** For each line, the other lines whose trains also run on its track, with the section. */
export function sharersOf(features: readonly TransportFeature[]): Map<string, { by: string; from: string; to: string }[]> {
  const out = new Map<string, { by: string; from: string; to: string }[]>();
  for (const f of features)
    for (const s of sharedSections(f)) out.set(s.line, [...(out.get(s.line) ?? []), { by: f.properties.id, from: s.from, to: s.to }]);
  return out;
}
