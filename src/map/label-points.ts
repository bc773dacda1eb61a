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

/**
 * Where the map writes each province's name: inside the home view (the economic circle), since the
 * polygon's own label point (Sichuan's is on the western plateau at 101.9°E) is off screen there.
 * Chosen on screenshots at 1440×900 and 390×844 where no city label sits.
 */
export const PROVINCE_LABEL_AT: Record<string, [number, number]> = {
  '510000': [104.95, 31.55],
  '500000': [107.75, 29.84],
};

/**
 * Admin label points as the map draws them: a prefecture's name at its seat, the label point of its
 * lowest-coded district (雁江区 for 资阳, 雨城区 for 雅安, 西昌市 for 凉山: the seat in every one of
 * the 21 Sichuan prefectures), not at the pole of the prefecture's polygon (which put 资阳 in
 * 安岳县, 50 km from the city); a province's name at PROVINCE_LABEL_AT.
 */
export function adminLabelPoints<P extends { level: 'province' | 'prefecture'; code: string }>(
  file: { type: 'FeatureCollection'; features: readonly { type: 'Feature'; properties: P; geometry: Point }[] } | null,
  districts: readonly Pick<District, 'code' | 'prefectureCode' | 'label'>[],
): FeatureCollection<Point, P> {
  const seat = new Map<string, [number, number]>();
  for (const d of [...districts].sort((a, b) => a.code.localeCompare(b.code))) if (!seat.has(d.prefectureCode)) seat.set(d.prefectureCode, d.label);
  return {
    type: 'FeatureCollection',
    features: (file?.features ?? []).map((f) => {
      const at = f.properties.level === 'province' ? PROVINCE_LABEL_AT[f.properties.code] : seat.get(f.properties.code);
      return { type: 'Feature' as const, properties: f.properties, geometry: at ? { type: 'Point' as const, coordinates: at } : f.geometry };
    }),
  };
}
