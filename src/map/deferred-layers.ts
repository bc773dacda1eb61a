import type { LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { MapMode, Selection } from '../state/view-types';
import { LAYER, type LayerId } from './ids';

/**
 * Layers that draw nothing in a view with no selection outside network mode: the selected
 * transport line's halo, the selection's arcs, the network and the agreements' places (all at
 * width or radius 0 until a selection or the network mode shows them by feature-state). MapLibre
 * still lays out every feature of a visible layer, and the first full frame draws them, so in such
 * a first view they start with visibility `none` (a source none of whose layers is visible is not
 * even tiled) and are shown once the map is ready, or as soon as the view needs them. Each reveal
 * makes MapLibre tile their sources again: once, after the first view.
 */
export const DEFERRED_LAYERS: readonly LayerId[] = [LAYER.transportSelected, LAYER.agreementNetwork, LAYER.agreementArcs, LAYER.agreementPlaces];

/** Whether a view draws nothing with the deferred layers. */
export const defersLayers = (view: { selection: Selection; mapMode: MapMode }): boolean => view.selection.type === 'none' && view.mapMode !== 'network';

/** The layers with the deferred ones hidden. */
export function deferLayers(layers: LayerSpecification[]): LayerSpecification[] {
  return layers.map((l) => (DEFERRED_LAYERS.includes(l.id as LayerId) ? ({ ...l, layout: { ...(l as { layout?: object }).layout, visibility: 'none' } } as LayerSpecification) : l));
}

/** Shows the deferred layers (a no-op for those already shown). */
export function revealDeferred(map: MlMap): void {
  for (const id of DEFERRED_LAYERS) if (map.getLayoutProperty(id, 'visibility') === 'none') map.setLayoutProperty(id, 'visibility', 'visible');
}
