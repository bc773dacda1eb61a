import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LAYER, SOURCE, type LayerId } from '../ids';
import type { Theme } from '../theme';
import { state } from './feature-state';
import { agreementTint } from './agreements';
import type { LabelText } from './label-text';
import { byFeature, byZoomAndFeature } from './program-form';


/** Each district filled by its province, tinted by the agreement view; hover and selection through feature-state. */
export function districtFillLayer(t: Theme): LayerSpecification {
  const provinceFill: ExpressionSpecification = ['match', ['get', 'province_code'], '500000', t.province['500000']!, t.province['510000']!];
  return {
    id: LAYER.districtsFill,
    type: 'fill',
    source: SOURCE.districts,
    paint: {
      'fill-color': ['case', state('selected'), t.selected, agreementTint(t, ['case', state('hover'), t.hover, provinceFill])],
      // districts-line draws every outline already; the fill's own antialiased outline pass
      // doubled that work (measured: about 18 ms of a ~128 ms software-rendered frame, as in the
      // commit that made it and the README).
      'fill-antialias': false,
    },
  };
}

/**
 * One layer for every district outline and the selected one: a separate layer for the selection
 * cost a whole extra line bucket and draw pass per frame.
 */
export function districtLineLayer(t: Theme): LayerSpecification {
  return {
    id: LAYER.districtsLine,
    type: 'line',
    source: SOURCE.districts,
    paint: {
      'line-color': ['case', state('selected'), t.selectedLine, t.districtLine],
      // Zoom must be the outermost expression, so the selection case sits inside each stop.
      'line-width': ['interpolate', ['linear'], ['zoom'], 5, ['case', state('selected'), 3, 0.3], 10, ['case', state('selected'), 3.5, 1]],
    },
  };
}

/**
 * Rivers, then the prefecture, province and outer borders, each heavier than the one before: one
 * layer for the three (its sort key draws them in that order), in the district outlines' form
 * (program-form.ts). Three layers filtered by level cost the worker three buckets and every frame
 * three draws per tile.
 */
export function boundaryLayers(t: Theme): LayerSpecification[] {
  const level = (values: Record<'prefecture' | 'province' | 'outer', number | string>): ExpressionSpecification =>
    ['match', ['get', 'level'], 'prefecture', values.prefecture, 'province', values.province, values.outer] as ExpressionSpecification;
  return [
    // Rivers above the fills, below the borders: context, never mistaken for a boundary.
    { id: LAYER.rivers, type: 'line', source: SOURCE.rivers, layout: { 'line-join': 'round' }, paint: { 'line-color': byFeature(t.river), 'line-width': byZoomAndFeature(0.8, 2.2) } },
    {
      id: LAYER.borders,
      type: 'line',
      source: SOURCE.borders,
      filter: ['in', ['get', 'level'], ['literal', ['prefecture', 'province', 'outer']]],
      layout: { 'line-join': 'round', 'line-sort-key': level({ prefecture: 0, province: 1, outer: 2 }) },
      paint: {
        'line-color': level({ prefecture: t.prefectureLine, province: t.provinceLine, outer: t.outerLine }),
        'line-width': byZoomAndFeature(level({ prefecture: 0.9, province: 1.6, outer: 1.2 }), level({ prefecture: 2, province: 3.5, outer: 2.5 })),
      },
    },
  ];
}

/** District, prefecture and province names, in that order (MapLibre places the last layer's first). */
export function adminLabelLayers(t: Theme, text: LabelText): LayerSpecification[] {
  const adminLabel = (id: LayerId, level: string, zooms: { minzoom?: number; maxzoom?: number }, size: number, color: string, spacing = 0): LayerSpecification => ({
    id,
    type: 'symbol',
    source: SOURCE.adminLabels,
    filter: ['==', ['get', 'level'], level],
    ...zooms,
    layout: { 'text-field': text[id]!, 'text-font': [...t.font], 'text-size': size, 'text-letter-spacing': spacing, 'text-max-width': 20 },
    paint: { 'text-color': color, 'text-halo-color': t.halo, 'text-halo-width': 1.5, 'text-opacity': byFeature(1) },
  });
  return [
    {
      id: LAYER.districtLabels,
      type: 'symbol',
      source: SOURCE.districtLabels,
      minzoom: 6.5,
      layout: {
        'text-field': text[LAYER.districtLabels]!,
        'text-font': [...t.font],
        'text-size': ['interpolate', ['linear'], ['zoom'], 6.5, 11, 10, 15],
        'text-padding': 1,
      },
      paint: { 'text-color': t.text, 'text-halo-color': t.halo, 'text-halo-width': 1.2, 'text-opacity': byFeature(1) },
    },
    // Prefecture names stand at their seat, where the seat district's name would go: the
    // prefecture's (资阳 rather than 雁江) wins while both show (zoom 6.5–8).
    adminLabel(LAYER.prefectureLabels, 'prefecture', { minzoom: 5.2, maxzoom: 8 }, 14, t.text),
    // Province names last, so they are placed first: a planner always sees which side of the
    // border is 四川 and which 重庆 (in English too, where the longer name used to lose its place).
    adminLabel(LAYER.provinceLabels, 'province', { maxzoom: 8.5 }, 20, t.provinceText, 0.2),
  ];
}
