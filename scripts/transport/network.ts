/**
 * Turns the curated ports, hubs, airports, waterway, corridor and expressways into GeoJSON. Pure:
 * where an anchor lies is asked of `resolve`, which build.ts answers from geodata/.
 */
import type { Feature, LineString, Point, Position } from 'geojson';
import type { Mode, Source, Status, TransportProps } from '../../src/data/transport-schema';

export type Anchor = { code: string } | { prefecture: string } | { city: string } | { country: string } | { sea: [number, number] };

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
  anchors: Anchor[];
}

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

export function buildNetwork(curated: { points: CuratedPoint[]; lines: CuratedLine[] }, resolve: Resolve) {
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
  const lines = curated.lines.map((c): Feature<LineString, TransportProps> => {
    const coords = c.anchors.map((a) => at(c.id, a)).filter((p): p is Position => p !== undefined);
    if (coords.length < 2) problems.push(`${c.id}: fewer than two anchors placed`);
    return {
      type: 'Feature',
      properties: base(c, { length_km: c.length_km, speed_kmh: c.speed_kmh }),
      geometry: { type: 'LineString', coordinates: coords },
    };
  });
  if (problems.length) throw new Error(`network build failed:\n  ${problems.join('\n  ')}`);
  return { points, lines };
}
