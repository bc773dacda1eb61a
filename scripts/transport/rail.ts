/**
 * Turns the hand-curated rail list (geodata/transport/curated/rail.json) into GeoJSON: each line
 * drawn station to station through an anchor point in each station's district (schematic), and
 * one point per distinct station. Pure: the CLI in build.ts does the file I/O.
 */
import type { Feature, LineString, Point, Position } from 'geojson';
import type { Status, TransportProps } from '../../src/data/transport-schema';
import type { CuratedBase } from './network';

export interface CuratedStop {
  name_zh?: string;
  code: string | null;
  /** A district the line passes through with no station of its own there. */
  via?: boolean;
}

export interface CuratedLine extends CuratedBase {
  length_km: number | null;
  speed_kmh: number | null;
  stations: CuratedStop[];
}

export type LabelOf = (code: string) => Position | undefined;

const STATUS_RANK: Record<Status, number> = { open: 0, 'partially-open': 1, 'under-construction': 2, planned: 3 };

export function buildRail(lines: readonly CuratedLine[], labelOf: LabelOf): { lines: Feature<LineString, TransportProps>[]; stations: Feature<Point, TransportProps>[] } {
  const problems: string[] = [];
  const lineFeatures = lines.map((l): Feature<LineString, TransportProps> => {
    const coords: Position[] = [];
    for (const s of l.stations) {
      if (!s.code) continue;
      const p = labelOf(s.code);
      if (!p) problems.push(`${l.id}: unknown district ${s.code}`);
      else if (coords.length === 0 || coords[coords.length - 1]!.join() !== p.join()) coords.push(p);
    }
    if (coords.length < 2) problems.push(`${l.id}: fewer than two placed stations`);
    return {
      type: 'Feature',
      properties: {
        id: l.id,
        mode: l.mode,
        name_zh: l.name_zh,
        name_en: l.name_en,
        status: l.status,
        dates: l.dates,
        length_km: l.length_km,
        speed_kmh: l.speed_kmh,
        accuracy: 'schematic',
        sources: l.sources,
        aliases: l.aliases ?? [],
        notes: l.notes ?? null,
        notes_zh: l.notes_zh ?? null,
        stations: l.stations.filter((s) => !s.via).map((s) => ({ name_zh: s.name_zh!, code: s.code })),
      },
      geometry: { type: 'LineString', coordinates: coords },
    };
  });

  // One point per station name and district: 重庆北 serves four lines but is one place.
  const byKey = new Map<string, { name: string; code: string; lines: CuratedLine[] }>();
  for (const l of lines)
    for (const s of l.stations) {
      if (s.via || !s.code || !s.name_zh) continue;
      const key = `${s.name_zh}|${s.code}`;
      const entry = byKey.get(key) ?? { name: s.name_zh, code: s.code, lines: [] };
      entry.lines.push(l);
      byKey.set(key, entry);
    }
  const stations = [...byKey.values()].map(({ name, code, lines: ls }): Feature<Point, TransportProps> => {
    const status = ls.map((l) => l.status).sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b])[0]!;
    return {
      type: 'Feature',
      properties: {
        id: `station:${code}:${name}`,
        mode: 'station',
        name_zh: `${name}站`,
        name_en: null,
        status,
        dates: {},
        length_km: null,
        speed_kmh: null,
        accuracy: 'schematic',
        sources: ls.flatMap((l) => l.sources).filter((s, i, all) => all.findIndex((t) => JSON.stringify(t) === JSON.stringify(s)) === i),
        aliases: [],
        notes: 'Drawn at an anchor point of its district (its centroid): the station’s own position is not given by the sources.',
        notes_zh: '绘于所在区县的锚点（质心）：来源未给出车站的确切位置。',
        line_ids: ls.map((l) => l.id),
        code,
      },
      geometry: { type: 'Point', coordinates: labelOf(code) ?? [0, 0] },
    };
  });
  if (problems.length) throw new Error(`rail build failed:\n  ${problems.join('\n  ')}`);
  return { lines: lineFeatures, stations: stations.sort((a, b) => a.properties.id.localeCompare(b.properties.id)) };
}
