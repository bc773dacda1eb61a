import { describe, expect, it } from 'vitest';
import { adminLabelPoints, contextLabelPoints, PROVINCE_LABEL_AT } from './label-points';

describe('contextLabelPoints', () => {
  it('makes one point per country and province, at its own label point, tagged by kind', () => {
    const countries = { features: [{ properties: { name: '越南', name_en: 'Vietnam', label: [105.8, 21] as [number, number] } }] };
    const provinces = { features: [{ properties: { name: '贵州', name_en: 'Guizhou', label: [106.7, 26.6] as [number, number] } }] };
    const fc = contextLabelPoints(countries, provinces);
    expect(fc.features.map((f) => [f.properties.kind, f.properties.name, f.geometry.coordinates])).toEqual([
      ['country', '越南', [105.8, 21]],
      ['province', '贵州', [106.7, 26.6]],
    ]);
    expect(contextLabelPoints(null, null).features).toEqual([]);
  });
});

describe('adminLabelPoints', () => {
  const point = (level: 'province' | 'prefecture', code: string, at: [number, number]) => ({
    type: 'Feature' as const,
    properties: { level, code },
    geometry: { type: 'Point' as const, coordinates: at },
  });
  it("writes a prefecture's name at its seat (the lowest-coded district), not in the middle of its area", () => {
    const file = { type: 'FeatureCollection' as const, features: [point('prefecture', '512000', [105.3, 29.9]), point('province', '510000', [101.9, 30.2])] };
    const districts = [
      { code: '512022', prefectureCode: '512000', label: [105.1, 30.2] as [number, number] },
      { code: '512002', prefectureCode: '512000', label: [104.64, 30.13] as [number, number] },
      { code: '512021', prefectureCode: '512000', label: [105.34, 29.98] as [number, number] },
    ];
    const fc = adminLabelPoints(file, districts);
    expect(fc.features[0]!.geometry.coordinates).toEqual([104.64, 30.13]);
    expect(fc.features[1]!.geometry.coordinates).toEqual(PROVINCE_LABEL_AT['510000']);
    expect(adminLabelPoints(null, districts).features).toEqual([]);
  });
});
