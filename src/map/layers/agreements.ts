import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { over } from '../colour';
import { LAYER, SOURCE } from '../ids';
import type { Theme } from '../theme';
import { shown, state } from './feature-state';
import { byFeature, byZoomAndFeature } from './program-form';

/**
 * The district fill's colour under the agreement view, all through feature-state, so that a map
 * mode, a filter or a selection changes no layer, paint property or global state (each such
 * change costs MapLibre a second full frame): partners (`partner`: 'district', or 'area' for a
 * prefecture's districts) and choropleth classes (`cls`) are laid over the province colour at the
 * theme's opacity, as a separate layer over the fill used to draw them; the selected district keeps
 * its own colour. `base` is the fill without agreements (province colour, or hover).
 */
export function agreementTint(t: Theme, base: ExpressionSpecification): ExpressionSpecification {
  const a = t.agreements;
  const tint = (colour: string): ExpressionSpecification => [
    'case',
    state('hover'),
    over(colour, t.hover, a.hoverOpacity),
    ['match', ['get', 'province_code'], '500000', over(colour, t.province['500000']!, a.opacity), over(colour, t.province['510000']!, a.opacity)],
  ];
  const partner: ExpressionSpecification = ['coalesce', ['feature-state', 'partner'], 'none'];
  const cls: ExpressionSpecification = ['coalesce', ['feature-state', 'cls'], -1];
  return [
    'match',
    partner,
    'district',
    tint(a.partner),
    'area',
    tint(a.partnerArea),
    ['match', cls, ...a.classes.flatMap((c, i) => [i, tint(c)]), base],
  ] as unknown as ExpressionSpecification;
}

/**
 * Arcs for the selection (a district's partners, an agreement's parties) and the cooperation
 * network, and the anchors of places, above the transport lines and below the labels. The arcs of
 * the selection change with it (setData); the network's change only with the filters and are shown
 * or hidden with the map mode through feature-state `shown`, as are the places, so a mode switch
 * is one frame with no new geometry. A hidden arc or place is drawn at width 0. An arc to a
 * prefecture or province (`wide`) is lighter: it ends at the area's anchor, which is no district.
 */
export function agreementOverlayLayers(t: Theme): LayerSpecification[] {
  const a = t.agreements;
  const selected = state('selected');
  const hover = state('hover');
  return [
    {
      id: LAYER.agreementNetwork,
      type: 'line',
      source: SOURCE.agreementNetwork,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, a.arcSelected, ['get', 'wide'], a.arcNetworkWide, a.arcNetwork],
        'line-width': byZoomAndFeature(['case', shown, ['case', selected, ['+', ['get', 'width'], 3], ['get', 'width']], 0]),
        'line-opacity': byZoomAndFeature(['case', hover, 1, 0.78]),
        'line-offset': byZoomAndFeature(0),
        'line-blur': byZoomAndFeature(0),
      },
    },
    {
      id: LAYER.agreementArcs,
      type: 'line',
      source: SOURCE.agreementArcs,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', ['get', 'wide'], a.arcWide, a.arc],
        'line-width': byZoomAndFeature(['get', 'width']),
        'line-opacity': byZoomAndFeature(0.78),
        'line-offset': byZoomAndFeature(0),
        'line-blur': byZoomAndFeature(0),
      },
    },
    {
      // Prefecture and province parties: a ring at their label point, never a district's dot.
      id: LAYER.agreementPlaces,
      type: 'circle',
      source: SOURCE.agreementPlaces,
      paint: {
        'circle-radius': byZoomAndFeature(['case', shown, ['match', ['get', 'level'], 'province', 13, 'prefecture', 9, 3.5], 0]),
        'circle-opacity': byFeature(1),
        'circle-stroke-opacity': byFeature(1),
        'circle-color': ['match', ['get', 'level'], 'district', a.arc, 'rgba(255,255,255,0.35)'],
        'circle-stroke-color': byFeature(a.wideRing),
        'circle-stroke-width': ['case', shown, ['match', ['get', 'level'], 'district', 1, 3], 0],
      },
    },
  ];
}
