import type { FeatureCollection, Point } from 'geojson';
import type { District } from '../data/districts';

const stripTones = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

export interface DistrictLabelProps {
  code: string;
  label_zh: string;
  label_en: string;
}

/** Context labels from the `label` point each province or country carries: one label each. */
export function contextLabelPoints(...files: ({ features: readonly { properties: { name: string; name_en: string; label: [number, number] } }[] } | null)[]): FeatureCollection<Point, { name: string; name_en: string; kind: string }> {
  return {
    type: 'FeatureCollection',
    features: files.flatMap((fc, i) =>
      (fc?.features ?? []).map((f) => ({
        type: 'Feature' as const,
        properties: { name: f.properties.name, name_en: f.properties.name_en, kind: i === 0 ? 'country' : 'province' },
        geometry: { type: 'Point' as const, coordinates: f.properties.label },
      })),
    ),
  };
}

/** District label points from the `label` each district carries (always inside its polygon). */
export function districtLabelPoints(list: readonly District[]): FeatureCollection<Point, DistrictLabelProps> {
  return {
    type: 'FeatureCollection',
    features: list.map((d) => ({
      type: 'Feature',
      properties: { code: d.code, label_zh: d.short, label_en: stripTones(d.pinyin) },
      geometry: { type: 'Point', coordinates: d.label },
    })),
  };
}
