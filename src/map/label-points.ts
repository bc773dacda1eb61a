import type { FeatureCollection, Point } from 'geojson';
import type { District } from '../data/districts';

const stripTones = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

export interface DistrictLabelProps {
  code: string;
  label_zh: string;
  label_en: string;
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
