import { z } from 'zod';
import type { Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { geometryProblem } from './geometry-check';
import './zod-config';

const code6 = z.string().regex(/^\d{6}$/, 'must be a 6-digit code');
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const geometry = <G extends Geometry>(...types: G['type'][]) =>
  z.custom<G>().superRefine((g, ctx) => {
    const problem = geometryProblem(g, types);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const collection = <P extends z.ZodType, G extends z.ZodType>(properties: P, geom: G) =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), properties, geometry: geom })),
  });

export const districtProps = z.object({
  code: code6,
  name: z.string().min(2),
  short: z.string().min(2),
  pinyin: z.string().min(1),
  name_en: z.string().min(1),
  prefecture_code: code6,
  prefecture: z.string().min(2),
  province_code: z.enum(['500000', '510000']),
  label: lonLat,
});
export type DistrictProps = z.infer<typeof districtProps>;

export const districtsFile = collection(districtProps, geometry<Polygon | MultiPolygon>('Polygon', 'MultiPolygon')).superRefine((fc, ctx) => {
  const seen = new Set<string>();
  fc.features.forEach((f, i) => {
    if (seen.has(f.properties.code)) ctx.addIssue({ code: 'custom', path: ['features', i, 'properties', 'code'], message: `duplicate code ${f.properties.code}` });
    seen.add(f.properties.code);
  });
  if (fc.features.length === 0) ctx.addIssue({ code: 'custom', path: ['features'], message: 'no districts' });
});
export type DistrictsFile = z.infer<typeof districtsFile>;

export const bordersFile = collection(
  z.object({ level: z.enum(['outer', 'province', 'prefecture']) }),
  geometry<LineString | MultiLineString>('LineString', 'MultiLineString'),
);
export type BordersFile = z.infer<typeof bordersFile>;

export const adminLabelsFile = collection(
  z.object({ level: z.enum(['province', 'prefecture']), code: code6, name: z.string(), short: z.string(), name_en: z.string(), short_en: z.string() }),
  geometry<Point>('Point'),
);
export type AdminLabelsFile = z.infer<typeof adminLabelsFile>;

export const contextFile = collection(
  z.object({ code: z.string(), name: z.string(), name_en: z.string(), label: lonLat }),
  geometry<Polygon | MultiPolygon>('Polygon', 'MultiPolygon'),
);
export type ContextFile = z.infer<typeof contextFile>;

/** Natural Earth rivers come without names: the properties are empty. */
export const riversFile = collection(z.object({}), geometry<LineString | MultiLineString>('LineString', 'MultiLineString'));
export type RiversFile = z.infer<typeof riversFile>;

export const seaFile = collection(z.object({}), geometry<Polygon | MultiPolygon>('Polygon', 'MultiPolygon'));
export type SeaFile = z.infer<typeof seaFile>;
