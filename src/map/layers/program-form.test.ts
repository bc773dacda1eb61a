import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { buildStyle } from '../style';
import { byFeature, byZoomAndFeature } from './program-form';

/**
 * The shader program MapLibre 6 compiles a layer with: its type (a dashed line is another program)
 * and, for every paint property that may vary by feature, whether it is a uniform (`u`: constant
 * or by zoom only), an attribute (`a`: by feature) or an attribute pair (`z`: by zoom and feature);
 * as `ProgramConfiguration.cacheKey` builds it.
 */
function programOf(layer: LayerSpecification): string {
  const paint = ((layer as { paint?: Record<string, unknown> }).paint ?? {}) as Record<string, unknown>;
  const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layer.type}`]!;
  const keys: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const kind = (spec as { 'property-type'?: string })['property-type'];
    if (kind !== 'data-driven' || !(name in paint)) continue;
    const e = createPropertyExpression(paint[name], 'paint', spec);
    if (e.result !== 'success') throw new Error(`${layer.id} ${name}: ${JSON.stringify(e.value)}`);
    keys.push(`${name}:${e.value.kind === 'source' ? 'a' : e.value.kind === 'composite' ? 'z' : 'u'}`);
  }
  const dashed = layer.type === 'line' && 'line-dasharray' in paint;
  return `${layer.type}${dashed ? 'SDF' : ''} ${keys.sort().join(' ')}`;
}

const visibleAt = (zoom: number) => (l: LayerSpecification) => (l.minzoom ?? 0) <= zoom && zoom < (l.maxzoom ?? 24) && l.type !== 'background';

describe('shader programs', () => {
  it('writes a constant in the by-feature and by-zoom-and-feature forms without changing it', () => {
    const e = createPropertyExpression(byFeature('#ffffff'), 'paint', latest.paint_circle['circle-color'] as StylePropertySpecification);
    if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
    expect(e.value.kind).toBe('source');
    const z = createPropertyExpression(byZoomAndFeature(2, 4.5), 'paint', latest.paint_line['line-width'] as StylePropertySpecification);
    if (z.result !== 'success' || z.value.kind !== 'composite') throw new Error('not by zoom and feature');
    const f = { type: 'LineString', properties: {} } as never;
    expect(z.value.evaluate({ zoom: 5 } as never, f)).toBe(2);
    expect(z.value.evaluate({ zoom: 7.5 } as never, f)).toBeCloseTo(3.25);
    expect(z.value.evaluate({ zoom: 10 } as never, f)).toBe(4.5);
  });

  it('draws every layer with one of six programs: one per layer type, two for solid lines (outlines, transport), one for dashed', () => {
    const layers = buildStyle('zh').layers.filter(visibleAt(0)).concat(buildStyle('zh').layers.filter((l) => (l.minzoom ?? 0) > 0));
    const programs = new Map<string, string[]>();
    for (const l of new Set(layers)) {
      if (l.type === 'background') continue;
      const p = programOf(l);
      programs.set(p, [...(programs.get(p) ?? []), l.id]);
    }
    expect([...programs.keys()].map((p) => p.split(' ')[0]).sort()).toEqual(['circle', 'fill', 'line', 'line', 'lineSDF', 'symbol']);
  });

  it('the home view (zoom 6.4) needs the same six', () => {
    const home = new Set(buildStyle('zh').layers.filter(visibleAt(6.4)).map(programOf));
    expect(home.size).toBe(6);
  });
});
