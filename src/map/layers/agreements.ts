import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LAYER, SOURCE } from '../ids';
import type { Theme } from '../theme';

/**
 * Global state that is true while `agreements-fill` has something to show. Off, the layer's opacity
 * is 0 and MapLibre skips it, so it costs no frame time. (Switching its `visibility` instead would
 * make MapLibre reload the whole districts source, which the layer shares.)
 */
export const AGREEMENTS_FILL_ON = 'agreementsFill';

/**
 * The agreement layers. `agreements-fill` lies over the district fill and colours partners
 * (feature-state `partner`: 'district' or 'area' for a prefecture's districts) and choropleth
 * classes (feature-state `cls`). Arcs and the anchors of prefecture and province parties lie above
 * the transport lines and below the labels; their sources are empty when there is nothing to draw.
 */
export function agreementFillLayers(t: Theme): LayerSpecification[] {
  const a = t.agreements;
  const cls: ExpressionSpecification = ['coalesce', ['feature-state', 'cls'], -1] as ExpressionSpecification;
  const classColour = ['match', cls, ...a.classes.flatMap((c, i) => [i, c]), 'rgba(0,0,0,0)'] as unknown as ExpressionSpecification;
  const partner: ExpressionSpecification = ['coalesce', ['feature-state', 'partner'], 'none'] as ExpressionSpecification;
  return [
    {
      id: LAYER.agreementsFill,
      type: 'fill',
      source: SOURCE.districts,
      paint: {
        'fill-layer-opacity': ['case', ['global-state', AGREEMENTS_FILL_ON], 1, 0],
        'fill-color': ['match', partner, 'district', a.partner, 'area', a.partnerArea, classColour],
        // The selected district keeps its own colour (drawn by districts-fill below).
        'fill-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0, ['boolean', ['feature-state', 'hover'], false], 0.55, 0.9],
        'fill-antialias': false,
      },
    },
  ];
}

export function agreementOverlayLayers(t: Theme): LayerSpecification[] {
  const a = t.agreements;
  const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
  return [
    {
      id: LAYER.agreementArcs,
      type: 'line',
      source: SOURCE.agreementArcs,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, a.arcSelected, ['==', ['get', 'kind'], 'network'], a.arcNetwork, a.arc],
        'line-width': ['case', selected, ['+', ['get', 'width'], 3], ['get', 'width']],
        'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0.78],
      },
    },
    {
      // Prefecture and province parties: a ring at their label point, never a district's dot.
      id: LAYER.agreementPlaces,
      type: 'circle',
      source: SOURCE.agreementPlaces,
      paint: {
        'circle-radius': ['match', ['get', 'level'], 'province', 13, 'prefecture', 9, 3.5],
        'circle-color': ['match', ['get', 'level'], 'district', a.arc, 'rgba(255,255,255,0.35)'],
        'circle-stroke-color': a.wideRing,
        'circle-stroke-width': ['match', ['get', 'level'], 'district', 1, 3],
      },
    },
  ];
}

