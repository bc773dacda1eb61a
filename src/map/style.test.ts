import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { indexDistricts } from '../data/districts';
import { indexTransport } from '../data/transport';
import { districtsFile } from '../data/schemas';
import type { MapData } from '../state/data-store';
import { LAYER, SOURCE } from './ids';
import { buildStyle, CONTEXT_BOUNDS, labelFields, sourceData, transportFilter, transportFilters } from './style';

const districts = indexDistricts(districtsFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/districts.geojson'), 'utf8'))));
const data: MapData = { districts, borders: null, adminLabels: null, contextProvinces: null, contextCountries: null, rivers: null, sea: null, transport: indexTransport([]), articles: [] };

describe('buildStyle', () => {
  it('passes the MapLibre style-spec validator in both languages', () => {
    for (const lang of ['zh', 'en'] as const) expect(validateStyleMin(buildStyle(lang))).toEqual([]);
  });

  it('names no outside host: no glyphs, sprite or URL source', () => {
    const style = buildStyle('zh');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('uses every layer id constant exactly once and only known sources', () => {
    const ids = buildStyle('zh').layers.map((l) => l.id);
    expect([...ids].sort()).toEqual(Object.values(LAYER).sort());
    const sources = new Set(Object.keys(buildStyle('zh').sources));
    expect(sources).toEqual(new Set(Object.values(SOURCE)));
  });

  it('gives every source its data, empty where a file failed', () => {
    const d = sourceData(data);
    expect(Object.keys(d).sort()).toEqual(Object.values(SOURCE).sort());
    expect(d[SOURCE.districts].features).toHaveLength(221);
    expect(d[SOURCE.districtLabels].features).toHaveLength(221);
    expect(d[SOURCE.borders].features).toEqual([]);
  });

  it('keeps the map inside the box the context layers were built for', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/manifest.json'), 'utf8'));
    expect(CONTEXT_BOUNDS).toEqual(manifest.params.contextBbox);
  });

  it('addresses districts by code for feature-state', () => {
    const src = buildStyle('zh').sources[SOURCE.districts];
    expect(src).toMatchObject({ type: 'geojson', promoteId: 'code' });
  });

  it('draws prefecture borders heavier than district borders', () => {
    const layers = buildStyle('zh').layers;
    // The unselected width at zoom 10: the last stop, or its fallback when the stop is a selection case.
    const width = (id: string) => {
      const l = layers.find((x) => x.id === id) as { paint: { 'line-width': unknown[] } };
      const last = l.paint['line-width'].slice(-1)[0];
      return (Array.isArray(last) ? last.slice(-1)[0] : last) as number;
    };
    expect(width(LAYER.prefectureBorders)).toBeGreaterThan(width(LAYER.districtsLine));
    expect(width(LAYER.provinceBorders)).toBeGreaterThan(width(LAYER.prefectureBorders));
  });

  it('filters transport layers by status and by what the legend hides, and still validates', () => {
    const v = { hiddenModes: ['rail' as const], hiddenStatuses: ['planned' as const] };
    expect(transportFilter(['under-construction', 'planned'], v)).toEqual([
      'all',
      ['in', ['get', 'status'], ['literal', ['under-construction']]],
      ['!', ['in', ['get', 'mode'], ['literal', ['rail']]]],
    ]);
    expect(validateStyleMin(buildStyle('zh', v))).toEqual([]);
  });

  it('gives a legend toggle the same filters the style starts with, for every transport layer', () => {
    const v = { hiddenModes: ['expressway' as const], hiddenStatuses: ['under-construction' as const] };
    const filters = transportFilters(v);
    const transportLayers = buildStyle('zh', v).layers.filter(
      (l) => 'source' in l && (l.source === SOURCE.transportLines || l.source === SOURCE.transportPoints) && 'filter' in l && l.filter,
    );
    expect(Object.keys(filters).sort()).toEqual(transportLayers.map((l) => l.id).sort());
    for (const l of transportLayers) expect((l as { filter: unknown }).filter, l.id).toEqual(filters[l.id]);
  });

  it('switches label text by language', () => {
    expect(labelFields('zh')[LAYER.districtLabels]).toEqual(['get', 'label_zh']);
    expect(labelFields('en')[LAYER.districtLabels]).toEqual(['get', 'label_en']);
    expect(labelFields('en')[LAYER.prefectureLabels]).toEqual(['get', 'short_en']);
  });
});
