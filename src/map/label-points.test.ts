import { describe, expect, it } from 'vitest';
import { contextLabelPoints } from './label-points';

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
