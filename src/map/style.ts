import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/strings';
import { emptySources } from './sources';
import { THEME, type Theme } from './theme';
import { labelFields } from './layers/label-text';
import { backgroundLayer, contextLayers } from './layers/context';
import { adminLabelLayers, boundaryLayers, districtFillLayer, districtLineLayer } from './layers/districts';
import { transportLabelLayers, transportLineLayers, transportPointLayers } from './layers/transport';
import { agreementOverlayLayers } from './layers/agreements';

/**
 * Global state that is true until every source has been drawn once (MapView then ends it, draft.ts).
 * Meanwhile fill and line layers draw nothing: the sources arrive one by one, each arrival
 * repaints, and with software WebGL each repaint of partial geometry still costs GPU time that
 * the one complete frame then waits behind.
 */
export const DRAFTING = 'drafting';

/** Fill and line layers are skipped by MapLibre at layer opacity 0 while drafting. */
function withDraft(layer: LayerSpecification): LayerSpecification {
  if (layer.type !== 'fill' && layer.type !== 'line') return layer;
  const off: ExpressionSpecification = ['case', ['global-state', DRAFTING], 0, 1];
  return { ...layer, paint: { ...layer.paint, [`${layer.type}-layer-opacity`]: off } } as LayerSpecification;
}

/** The whole style, offline: no glyphs, sprite or tile URL, so MapLibre draws text from local fonts. */
export function buildStyle(lang: Lang, theme: Theme = THEME): StyleSpecification {
  const text = labelFields(lang);
  // The draw order, bottom to top. MapLibre places labels from the top layer down, so the last
  // label layers win their place first: admin names, then hub names, then station names.
  const layers: LayerSpecification[] = [
    backgroundLayer(theme),
    ...contextLayers(theme, text),
    districtFillLayer(theme),
    districtLineLayer(theme),
    ...boundaryLayers(theme),
    ...transportLineLayers(theme),
    ...transportPointLayers(theme),
    // Arcs and anchors above the transport lines, below every label.
    ...agreementOverlayLayers(theme),
    ...transportLabelLayers(theme, text),
    ...adminLabelLayers(theme, text),
  ];
  return {
    version: 8,
    name: 'chengyu-atlas',
    state: { [DRAFTING]: { default: true } },
    // No animated paint changes: each extra frame is expensive in software rendering.
    transition: { duration: 0, delay: 0 },
    sources: emptySources(),
    layers: layers.map(withDraft),
  };
}
