import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { buildStyle } from './style';
import { DEFERRED_LAYERS, defersLayers } from './deferred-layers';
import { LAYER } from './ids';

const hiddenIn = (layers: LayerSpecification[]) => layers.filter((l) => (l as { layout?: { visibility?: string } }).layout?.visibility === 'none').map((l) => l.id);

describe('deferred layers', () => {
  it('a first view with nothing selected outside network mode starts without the halo, arcs, network and places', () => {
    expect(hiddenIn(buildStyle('zh', undefined, { deferred: true }).layers).sort()).toEqual([...DEFERRED_LAYERS].sort());
    expect(DEFERRED_LAYERS).toEqual(expect.arrayContaining([LAYER.transportSelected, LAYER.agreementNetwork, LAYER.agreementArcs, LAYER.agreementPlaces]));
  });

  it('any other first view has every layer from the start', () => {
    expect(hiddenIn(buildStyle('zh').layers)).toEqual([]);
    expect(hiddenIn(buildStyle('en', undefined, { deferred: false }).layers)).toEqual([]);
  });

  it('defers only where they would draw nothing: no selection, and not the network', () => {
    expect(defersLayers({ selection: { type: 'none' }, mapMode: 'plain' })).toBe(true);
    expect(defersLayers({ selection: { type: 'none' }, mapMode: 'choropleth' })).toBe(true);
    expect(defersLayers({ selection: { type: 'none' }, mapMode: 'network' })).toBe(false);
    expect(defersLayers({ selection: { type: 'district', code: '500103' }, mapMode: 'plain' })).toBe(false);
    expect(defersLayers({ selection: { type: 'feature', id: 'x' }, mapMode: 'choropleth' })).toBe(false);
  });

  it('hides no layer whose features are drawn without feature-state (the labels, fills and transport stay)', () => {
    const layers = buildStyle('zh', undefined, { deferred: true }).layers;
    for (const id of [LAYER.districtsFill, LAYER.transportOpen, LAYER.transportCasing, LAYER.transportHubLabels, LAYER.provinceLabels]) expect(hiddenIn(layers), id).not.toContain(id);
  });
});
