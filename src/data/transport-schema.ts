import { z } from 'zod';
import type { LineString, MultiLineString, Point } from 'geojson';
import { geometryProblem } from './geometry-check';
import './zod-config';

export const MODES = ['hsr', 'rail', 'expressway', 'waterway', 'corridor', 'port', 'dry-port', 'airport', 'logistics-hub', 'station'] as const;
export type Mode = (typeof MODES)[number];
export const ACCURACIES = ['traced', 'approximate', 'schematic'] as const;
export type Accuracy = (typeof ACCURACIES)[number];
export const STATUSES = ['open', 'partially-open', 'under-construction', 'planned'] as const;
export type Status = (typeof STATUSES)[number];

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const source = z.union([
  z.object({ title: z.string().min(1), url: z.string().regex(/^https?:\/\//, 'must be an http(s) URL') }),
  z.object({ article: z.string().min(1), quote: z.string().min(1) }),
]);
export type Source = z.infer<typeof source>;

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/**
 * One part of a line's route: a part of its own geometry (`own`: the part's index, 0 for a
 * LineString), or a section of another line's track its trains share (`line`, between its stations
 * `from` and `to`, cut at the points `cut` nearest them), drawn from that line's geometry, so the
 * data holds the shared track once.
 */
export const routePart = z.union([
  z.object({ own: z.number().int().nonnegative() }).strict(),
  z.object({ line: z.string().min(1), from: z.string().min(1), to: z.string().min(1), cut: z.tuple([position, position]) }).strict(),
]);
export type RoutePart = z.infer<typeof routePart>;

export const transportProps = z.object({
  id: z.string().regex(/^\S+$/, 'an id without spaces'),
  mode: z.enum(MODES),
  name_zh: z.string().min(1),
  name_en: z.string().nullable(),
  /** The name's toneless pinyin by syllable (成渝中线高铁 → "cheng yu zhong xian gao tie"), for search; built by `npm run transport:pinyin`. */
  name_pinyin: z.string().optional(),
  status: z.enum(STATUSES),
  dates: z.object({ start: partialDate.optional(), open: partialDate.optional(), open_planned: partialDate.optional() }).strict(),
  length_km: z.number().positive().nullable(),
  /**
   * A line's length in each province as a cited source gives it (province code → km; `approx` when
   * the source says 约). Shown as the source's figure, never the drawn line's measure.
   */
  length_by_province: z.record(z.string().regex(/^\d{6}$/), z.object({ km: z.number().positive(), approx: z.boolean().optional() }).strict()).optional(),
  speed_kmh: z.number().positive().nullable(),
  accuracy: z.enum(ACCURACIES),
  sources: z.array(source).min(1, 'every feature cites at least one source'),
  aliases: z.array(z.string()).default([]),
  notes: z.string().nullable().default(null),
  /** The same caveat in Chinese, shown when the interface is in Chinese. */
  notes_zh: z.string().nullable().default(null),
  /** Stations and port points: the lines they serve and the district they sit in. */
  line_ids: z.array(z.string()).optional(),
  code: z.string().regex(/^\d{6}$/).nullable().optional(),
  /**
   * Lines: their stations in order, with the district where known. `placed`: the station has a
   * real position (OpenStreetMap) and is drawn; otherwise it is only listed, and an approximate
   * line runs through its district's anchor instead. `name_en`: its English name, as the station
   * point's (scripts/transport/station-names.ts), null where there is none.
   */
  stations: z.array(z.object({ name_zh: z.string(), name_en: z.string().nullable().optional(), code: z.string().nullable(), placed: z.boolean().optional() })).optional(),
  /**
   * A line whose trains also run on other lines' track: its whole route, strand by strand (a
   * strand is drawn as one line; a second strand is a branch), each strand its parts in order.
   * Without it, the line is its own geometry.
   */
  route: z.array(z.array(routePart).min(1)).min(1).optional(),
});
export type TransportProps = z.infer<typeof transportProps>;

export const transportFile = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: transportProps,
      geometry: z.custom<LineString | MultiLineString | Point>().superRefine((g, ctx) => {
        const problem = geometryProblem(g, ['LineString', 'MultiLineString', 'Point']);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    }),
  ),
});
export type TransportFile = z.infer<typeof transportFile>;
