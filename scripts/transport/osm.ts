/**
 * Real railway geometry from OpenStreetMap (ODbL, © OpenStreetMap contributors), as copied into
 * geodata/transport/osm/ from /work/shared/data/osm (see the README there for provenance): station
 * positions by name, and traced tracks cleaned of the defects that README lists. Pure apart from
 * `loadOsm`, which reads the three files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, LineString, MultiLineString, Point, Position } from 'geojson';
import { distance, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { Source } from '../../src/data/transport-schema';

/** How every OSM-derived feature cites its data: the copyright page, as ODbL asks. */
export const OSM_SOURCE: Source = { title: '© OpenStreetMap contributors (ODbL 1.0)', url: 'https://www.openstreetmap.org/copyright' };

export interface Osm {
  stations: Map<string, Position>;
  tracks: Map<string, Position[]>;
}

/**
 * Each railvista track with the vertices to drop and why (README of the OSM data):
 * - chengyu: vertex 0 is an approach patch 4.7 km SSW of 成都东, not on any track;
 * - xicheng: its last vertex is the same patch;
 * - chenggui: vertices 1–3 go out 0.5 km and back to vertex 0 (a spike).
 */
const RAILVISTA_DROP: Record<string, (c: Position[]) => Position[]> = {
  chengyu: (c) => c.slice(1),
  xicheng: (c) => c.slice(0, -1),
  chenggui: (c) => [c[0]!, ...c.slice(4)],
  yuwan: (c) => c,
  lanyu: (c) => c,
  zhengyu: (c) => c,
};

/**
 * The 沪蓉线 extract is 34 unordered pieces (double tracks appear twice). 成遂渝 is, in order:
 * 成都东–遂宁 (28), 遂宁–合川 (5), 合川–北碚 (2), the last 1.8 km into 重庆北 (0); each is turned
 * to continue the one before.
 */
const CHENGSUIYU_PARTS = [28, 5, 2, 0];

/** Joins pieces end to start, turning each as needed; throws when two do not meet (0.1 km). */
export function assemble(parts: readonly Position[][]): Position[] {
  let out = [...parts[0]!];
  for (let i = 1; i < parts.length; i++) {
    const next = parts[i]!;
    const tail = out[out.length - 1]!;
    const ends = [distance(tail, next[0]!), distance(tail, next[next.length - 1]!), distance(out[0]!, next[0]!), distance(out[0]!, next[next.length - 1]!)];
    const best = ends.indexOf(Math.min(...ends));
    if (ends[best]! > 0.1) throw new Error(`track piece ${i} is ${ends[best]!.toFixed(2)} km from the pieces before it`);
    // Only the first piece may need turning round (when the second meets its start).
    if (best >= 2) out = out.reverse();
    const forward = best === 0 || best === 2 ? next : [...next].reverse();
    out.push(...forward.slice(1));
  }
  return out;
}

/** Drops repeated vertices, which a cut or a join can leave. */
export function dedupe(c: readonly Position[]): Position[] {
  return c.filter((p, i) => i === 0 || p[0] !== c[i - 1]![0] || p[1] !== c[i - 1]![1]);
}

export interface Cut {
  coordinates: Position[];
  /** How far each end station lies from the track, in km. */
  offStart: number;
  offEnd: number;
}

/**
 * The stretch of a track between the points nearest two stations, in the order from → to (the
 * track may run either way).
 */
export function cutBetween(track: readonly Position[], from: Position | undefined, to: Position | undefined): Cut {
  const line = lineString(track as Position[]);
  const at = (p: Position | undefined, fallback: number) => {
    if (!p) return { index: fallback, location: fallback === 0 ? 0 : Infinity, point: track[fallback]!, dist: 0 };
    const n = nearestPointOnLine(line, point(p));
    return { index: n.properties.index!, location: n.properties.location!, point: n.geometry.coordinates, dist: n.properties.dist! };
  };
  const a = at(from, 0);
  const b = at(to, track.length - 1);
  const [lo, hi] = a.location <= b.location ? [a, b] : [b, a];
  const inner = track.slice(lo.index + 1, hi.index + 1);
  const coords = dedupe([lo.point, ...inner, hi.point].map(round));
  return { coordinates: a === lo ? coords : coords.reverse(), offStart: a.dist, offEnd: b.dist };
}

/** 1e-5° is about a metre: finer than any of the sources. */
const round = (p: Position): Position => [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];

/** Reads the three OSM files from a directory and cleans the tracks. */
export function loadOsm(dir: string): Osm {
  const read = <T>(f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;
  const st = read<FeatureCollection<Point, { name_zh: string }>>('cr_stations_osm.geojson');
  const stations = new Map<string, Position>();
  for (const f of st.features) {
    if (stations.has(f.properties.name_zh)) throw new Error(`two OSM stations named ${f.properties.name_zh}`);
    stations.set(f.properties.name_zh, round(f.geometry.coordinates));
  }
  const tracks = new Map<string, Position[]>();
  for (const f of read<FeatureCollection<LineString, { railvista_id: string }>>('hsr_osm_railvista.geojson').features) {
    const clean = RAILVISTA_DROP[f.properties.railvista_id];
    if (!clean) throw new Error(`no cleaning rule for railvista track ${f.properties.railvista_id}`);
    tracks.set(`railvista:${f.properties.railvista_id}`, dedupe(clean(f.geometry.coordinates)));
  }
  const hurong = read<FeatureCollection<MultiLineString>>('hurong_osm_raymond.geojson').features[0]!.geometry.coordinates;
  tracks.set('raymond:chengsuiyu', dedupe(assemble(CHENGSUIYU_PARTS.map((i) => hurong[i]!))));
  return { stations, tracks };
}
