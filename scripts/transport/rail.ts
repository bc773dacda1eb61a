/**
 * Turns the hand-curated rail list (geodata/transport/curated/rail.json) into GeoJSON, on the real
 * ground OpenStreetMap gives (osm.ts):
 * - a station stands where OSM puts a station of its name, and its district is the one that point
 *   lies in; a station OSM does not have is listed on its line but not drawn;
 * - a line with a `track` follows the traced OSM track(s), cut at the stations it names
 *   (`traced`); any other line runs station to station through the real stations, and through
 *   the anchor of its district for a station with no position (`approximate`).
 * Pure: the CLI in build.ts does the file I/O.
 */
import type { Feature, LineString, Point, Position } from 'geojson';
import { lineString, pointToLineDistance } from '@turf/turf';
import type { Source, Status, TransportProps } from '../../src/data/transport-schema';
import type { CuratedBase } from './network';
import { cutBetween, dedupe, OSM_SOURCE, type Osm } from './osm';
import { resolveRoute, type CuratedRoutePart } from './route';
import { STATION_NAME_SOURCE, type StationName } from './station-names';

export interface CuratedStop {
  name_zh?: string;
  /**
   * The district a station sits in, as a source says. Used only for a station OSM does not place
   * (the line then runs through that district's anchor); a placed station's district is computed.
   */
  code: string | null;
  /** A district the line passes through with no station of its own there. */
  via?: boolean;
}

/** One stretch of a traced line: an OSM track cut between two OSM stations, or one station's point. */
export type TrackPiece = { track: string; from?: string; to?: string } | { at: string };

export interface CuratedLine extends CuratedBase {
  length_km: number | null;
  speed_kmh: number | null;
  length_by_province?: TransportProps['length_by_province'];
  stations: CuratedStop[];
  /** The traced geometry, piece by piece; a line without it is drawn through its stations. */
  track?: TrackPiece[];
  /** Its whole route where its trains also run on other lines' track (route.ts). */
  route?: CuratedRoutePart[][];
}

export type LabelOf = (code: string) => Position | undefined;
export type DistrictAt = (p: Position) => string | undefined;
/** A station's English name from its Chinese one (station-names.ts). */
export type EnglishOf = (nameZh: string) => StationName;

const STATUS_RANK: Record<Status, number> = { open: 0, 'partially-open': 1, 'under-construction': 2, planned: 3 };

const uniqueSources = (sources: Source[]) => sources.filter((s, i, all) => all.findIndex((t) => JSON.stringify(t) === JSON.stringify(s)) === i);

const englishNote = (en: StationName) =>
  en.name_en
    ? `English name by China Railway's rule: the pinyin of the whole name, a direction included (bei north, dong east, nan south, xi west)${en.alias ? `; also written ${en.alias}` : ''}.`
    : `No English name: the atlas holds no pinyin for ${en.unknown}, so the Chinese name is shown.`;
const englishNoteZh = (en: StationName) =>
  en.name_en ? `英文站名按中国铁路的规则：整个站名的汉语拼音，方位词也用拼音（bei 北、dong 东、nan 南、xi 西）${en.alias ? `；也写作 ${en.alias}` : ''}。` : `暂无英文站名：本图集没有“${en.unknown}”的拼音，英文界面显示中文站名。`;

export function buildRail(
  lines: readonly CuratedLine[],
  labelOf: LabelOf,
  osm: Osm,
  districtAt: DistrictAt,
  englishOf: EnglishOf,
): { lines: Feature<LineString, TransportProps>[]; stations: Feature<Point, TransportProps>[] } {
  const problems: string[] = [];
  const placed = (name: string | undefined) => (name ? osm.stations.get(name) : undefined);
  const codeOf = (s: CuratedStop) => {
    const p = placed(s.name_zh);
    return p ? (districtAt(p) ?? null) : s.code;
  };

  const traced = (l: CuratedLine, pieces: TrackPiece[]): Position[] => {
    const coords: Position[] = [];
    for (const piece of pieces) {
      if ('at' in piece) {
        const p = placed(piece.at);
        if (!p) problems.push(`${l.id}: no OSM station ${piece.at}`);
        else coords.push(p);
        continue;
      }
      const track = osm.tracks.get(piece.track);
      if (!track) {
        problems.push(`${l.id}: no track ${piece.track}`);
        continue;
      }
      for (const end of [piece.from, piece.to]) if (end && !placed(end)) problems.push(`${l.id}: no OSM station ${end} to cut at`);
      coords.push(...cutBetween(track, placed(piece.from), placed(piece.to)).coordinates);
    }
    return dedupe(coords);
  };

  const throughStations = (l: CuratedLine): Position[] => {
    const coords: Position[] = [];
    for (const s of l.stations) {
      const p = (!s.via && placed(s.name_zh)) || (s.code ? labelOf(s.code) : undefined);
      if (!p && s.code) problems.push(`${l.id}: unknown district ${s.code}`);
      if (p) coords.push(p);
    }
    return dedupe(coords);
  };

  const lineFeatures = lines.map((l): Feature<LineString, TransportProps> => {
    const coords = l.track ? traced(l, l.track) : throughStations(l);
    if (coords.length < 2) problems.push(`${l.id}: fewer than two placed points`);
    const usesOsm = l.track || l.stations.some((s) => !s.via && placed(s.name_zh));
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
        ...(l.length_by_province ? { length_by_province: l.length_by_province } : {}),
        speed_kmh: l.speed_kmh,
        accuracy: l.track ? 'traced' : 'approximate',
        sources: usesOsm ? [...l.sources, OSM_SOURCE] : l.sources,
        aliases: l.aliases ?? [],
        notes: l.notes ?? null,
        notes_zh: l.notes_zh ?? null,
        stations: l.stations.filter((s) => !s.via).map((s) => ({ name_zh: s.name_zh!, name_en: englishOf(`${s.name_zh!}站`).name_en, code: codeOf(s), placed: placed(s.name_zh) !== undefined })),
        ...(l.route ? { route: resolveRoute(l.id, l.route, placed, problems) } : {}),
      },
      geometry: { type: 'LineString', coordinates: coords },
    };
  });

  // One point per station: 重庆北 serves four lines but is one place.
  const byName = new Map<string, { name: string; at: Position; lines: CuratedLine[] }>();
  for (const l of lines)
    for (const s of l.stations) {
      const at = s.via ? undefined : placed(s.name_zh);
      if (!at) continue;
      const entry = byName.get(s.name_zh!) ?? { name: s.name_zh!, at, lines: [] };
      if (!entry.lines.includes(l)) entry.lines.push(l);
      byName.set(s.name_zh!, entry);
    }
  const stations = [...byName.values()].map(({ name, at, lines: ls }): Feature<Point, TransportProps> => {
    const status = ls.map((l) => l.status).sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b])[0]!;
    const code = districtAt(at);
    if (!code) problems.push(`station ${name} at ${at.join()} lies in no district`);
    const en = englishOf(`${name}站`);
    return {
      type: 'Feature',
      properties: {
        id: `station:${code}:${name}`,
        mode: 'station',
        name_zh: `${name}站`,
        name_en: en.name_en,
        status,
        dates: {},
        length_km: null,
        speed_kmh: null,
        accuracy: 'traced',
        sources: uniqueSources([OSM_SOURCE, ...ls.flatMap((l) => l.sources), ...(en.name_en ? [STATION_NAME_SOURCE] : [])]),
        aliases: en.alias ? [en.alias] : [],
        notes: `Position from OpenStreetMap (the station of this name); its district is the one that point lies in. ${englishNote(en)}`,
        notes_zh: `位置取自 OpenStreetMap 中同名车站；所在区县按该点所在的行政区确定。${englishNoteZh(en)}`,
        line_ids: ls.map((l) => l.id),
        code: code ?? null,
      },
      geometry: { type: 'Point', coordinates: at },
    };
  });
  if (problems.length) throw new Error(`rail build failed:\n  ${problems.join('\n  ')}`);
  return { lines: lineFeatures, stations: stations.sort((a, b) => a.properties.id.localeCompare(b.properties.id)) };
}

/** How far a point lies from a line, in km. */
export const offLine = (p: Position, coords: Position[]): number => pointToLineDistance(p, lineString(coords));
