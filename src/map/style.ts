import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/strings';
import { emptySources } from './sources';
import { THEME, type Theme } from './theme';
import { labelFields } from './layers/label-text';
import { backgroundLayer, contextLayers } from './layers/context';
import { adminLabelLayers, boundaryLayers, districtFillLayer, districtLineLayer } from './layers/districts';
import { transportLabelLayers, transportLineLayers, transportPointLayers } from './layers/transport';
import { agreementOverlayLayers } from './layers/agreements';
import { deferLayers } from './deferred-layers';

/**
 * The whole style, offline: no glyphs, sprite or tile URL, so MapLibre draws text from local fonts.
 * `deferred`: for a first view that draws nothing with the deferred layers (deferred-layers.ts).
 */
export function buildStyle(lang: Lang, theme: Theme = THEME, { deferred = false }: { deferred?: boolean } = {}): StyleSpecification {
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
    // No animated paint changes: each extra frame is expensive in software rendering.
    transition: { duration: 0, delay: 0 },
    sources: emptySources(),
    layers: deferred ? deferLayers(layers) : layers,
  };
}
