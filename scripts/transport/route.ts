/**
 * Routes of lines whose trains also run on other lines' track (see rail.json's note): each shared
 * section is cut at the OpenStreetMap positions of its two stations. The track itself stays on its
 * own line; src/data/routes.ts draws the whole route from both.
 */
import type { Feature, Position } from 'geojson';
import type { RoutePart, TransportProps } from '../../src/data/transport-schema';

export type CuratedRoutePart = { own: number } | { line: string; from: string; to: string };

export function resolveRoute(owner: string, route: readonly CuratedRoutePart[][], stationAt: (name: string) => Position | undefined, problems: string[]): RoutePart[][] {
  return route.map((strand) =>
    strand.map((part): RoutePart => {
      if ('own' in part) return { own: part.own };
      const ends = [part.from, part.to].map((name) => {
        const p = stationAt(name);
        if (!p) problems.push(`${owner}: no OSM station ${name} to cut ${part.line} at`);
        return p ?? [0, 0];
      });
      return { line: part.line, from: part.from, to: part.to, cut: [ends[0]!, ends[1]!] as [[number, number], [number, number]] };
    }),
  );
}

/** Every shared section names a line that exists and borrows no track itself; every own part exists. */
export function checkRoutes(features: readonly Feature[]): string[] {
  const props = (f: Feature) => f.properties as TransportProps;
  const byId = new Map(features.map((f) => [props(f).id, f]));
  const problems: string[] = [];
  for (const f of features) {
    const p = props(f);
    const parts = f.geometry.type === 'LineString' ? 1 : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates.length : 0;
    for (const part of (p.route ?? []).flat()) {
      if ('own' in part) {
        if (part.own >= parts) problems.push(`${p.id}: no own part ${part.own}`);
        continue;
      }
      const line = byId.get(part.line);
      if (!line || line.geometry.type !== 'LineString') problems.push(`${p.id}: shares track with ${part.line}, which is no line`);
      else if (props(line).route) problems.push(`${p.id}: ${part.line} itself borrows track`);
    }
  }
  return problems;
}
