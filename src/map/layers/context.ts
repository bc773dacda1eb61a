import type { LayerSpecification } from 'maplibre-gl';
import { LAYER, SOURCE, type LayerId } from '../ids';
import type { Theme } from '../theme';
import type { LabelText } from './label-text';
import { byFeature, byZoomAndFeature } from './program-form';

/** Land under everything: the background is land, so only the sea needs a fill. */
export function backgroundLayer(t: Theme): LayerSpecification {
  return { id: LAYER.background, type: 'background', paint: { 'background-color': t.land } };
}

/** Sea, neighbouring countries and provinces, and their names: what lies around the two provinces. */
export function contextLayers(t: Theme, text: LabelText): LayerSpecification[] {
  const label = (id: LayerId, kind: string, minzoom: number, size: number): LayerSpecification => ({
    id,
    type: 'symbol',
    source: SOURCE.contextLabels,
    filter: ['==', ['get', 'kind'], kind],
    minzoom,
    layout: {
      'text-field': text[id]!,
      'text-font': [...t.font],
      'text-size': size,
      'symbol-placement': 'point',
    },
    paint: { 'text-color': t.contextText, 'text-halo-color': t.halo, 'text-halo-width': 1, 'text-opacity': byFeature(1) },
  });
  // The background is land; only the sea is filled (filling every context land cost two
  // full-screen fills a frame). Labels come from each polygon's own label point: a symbol layer
  // over the polygons would label every part and every tile.
  return [
    { id: LAYER.sea, type: 'fill', source: SOURCE.sea, paint: { 'fill-color': byFeature(t.sea), 'fill-antialias': false } },
    { id: LAYER.countriesLine, type: 'line', source: SOURCE.countries, paint: { 'line-color': byFeature(t.landLine), 'line-width': byZoomAndFeature(0.8) } },
    {
      id: LAYER.contextProvincesLine,
      type: 'line',
      source: SOURCE.contextProvinces,
      // In the transport lines' form (program-form.ts): the dashed program is then theirs.
      paint: {
        'line-color': byFeature(t.landLine),
        'line-width': byZoomAndFeature(0.8),
        'line-offset': byZoomAndFeature(0),
        'line-opacity': byZoomAndFeature(1),
        'line-blur': byZoomAndFeature(0),
        'line-dasharray': [3, 2],
      },
    },
    label(LAYER.countriesLabel, 'country', 3, 12),
    label(LAYER.contextProvincesLabel, 'province', 4, 12),
  ];
}
