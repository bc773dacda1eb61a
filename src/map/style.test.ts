import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExpression, featureFilter, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { indexDistricts } from '../data/districts';
import { indexTransport } from '../data/transport';
import { districtsFile } from '../data/schemas';
import type { MapData } from '../state/data-store';
import { EMPTY_AGREEMENTS } from '../data/agreements';
import { LAYER, SOURCE } from './ids';
import { CONTEXT_BOUNDS, MAX_ZOOM } from './camera';
import { buildStyle } from './style';
import { AREA_TOLERANCE, sourceData } from './sources';
import { LINE_LAYER_STATUSES } from './layers/transport';
import { labelFields } from './layers/label-text';
import { legendStates } from './effects/transport-states';
import { THEME } from './theme';
import { over } from './colour';
import { STATUSES } from '../data/transport-schema';
import { transportFile } from '../data/transport-schema';

const districts = indexDistricts(districtsFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/districts.geojson'), 'utf8'))));
const data: MapData = { districts, borders: null, adminLabels: null, contextProvinces: null, rivers: null, transport: indexTransport([]), articles: [], agreements: EMPTY_AGREEMENTS, articleMeta: new Map(), asFetched: {} };

const transportGeojson = (name: string) =>
  transportFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, `../../geodata/transport/${name}.geojson`), 'utf8'))).features;

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

  it('simplifies areas and boundaries harder than transport lines, which must meet their stations', () => {
    const sources = buildStyle('zh').sources as Record<string, { tolerance?: number }>;
    for (const id of [SOURCE.districts, SOURCE.borders, SOURCE.contextProvinces, SOURCE.countries, SOURCE.sea, SOURCE.rivers]) expect(sources[id]!.tolerance, id).toBe(AREA_TOLERANCE);
    expect(AREA_TOLERANCE).toBeGreaterThan(0.375);
    // No tolerance: MapLibre's default of 0.375 pixel, so a line is not bent away from its station circles.
    expect(sources[SOURCE.transportLines]!.tolerance).toBeUndefined();
  });

  it('tiles the name points coarser (fewer tiles in the first view), never more than 2 px off at the deepest zoom; points drawn on lines keep full precision', () => {
    const sources = buildStyle('zh').sources as Record<string, { maxzoom?: number }>;
    for (const id of [SOURCE.adminLabels, SOURCE.districtLabels, SOURCE.contextLabels]) {
      const z = sources[id]!.maxzoom;
      expect(z, id).toBeLessThan(6);
      // geojson-vt keeps a point to 1/8192 of its tile at the source's maxzoom: half a unit, in screen pixels at MAX_ZOOM.
      expect((0.5 * 2 ** (MAX_ZOOM - z!) * 512) / 8192, id).toBeLessThanOrEqual(2);
    }
    // Stations and hubs sit on their lines, places at the arcs' ends: MapLibre's default (18).
    for (const id of [SOURCE.transportPoints, SOURCE.agreementPlaces, SOURCE.transportLines, SOURCE.districts]) expect(sources[id]!.maxzoom, id).toBeUndefined();
  });

  it('draws prefecture borders heavier than district borders, province and outer borders heavier still, on top', () => {
    const layers = buildStyle('zh').layers;
    const spec = { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] } } as never;
    // Unselected, at zoom 10.
    const at = (id: string, key: string, level: string, group: 'paint' | 'layout' = 'paint') => {
      const l = layers.find((x) => x.id === id) as unknown as Record<string, Record<string, unknown>>;
      const e = createExpression(l[group]![key], spec);
      if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
      return e.value.evaluate({ zoom: 10 } as never, { type: 'LineString', properties: { level } } as never, {} as never) as number;
    };
    expect(at(LAYER.borders, 'line-width', 'prefecture')).toBeGreaterThan(at(LAYER.districtsLine, 'line-width', ''));
    expect(at(LAYER.borders, 'line-width', 'province')).toBeGreaterThan(at(LAYER.borders, 'line-width', 'prefecture'));
    expect(at(LAYER.borders, 'line-width', 'outer')).toBeGreaterThan(at(LAYER.borders, 'line-width', 'prefecture'));
    expect(at(LAYER.borders, 'line-sort-key', 'province', 'layout')).toBeGreaterThan(at(LAYER.borders, 'line-sort-key', 'prefecture', 'layout'));
    expect(at(LAYER.borders, 'line-sort-key', 'outer', 'layout')).toBeGreaterThan(at(LAYER.borders, 'line-sort-key', 'province', 'layout'));
  });

  it('hides a transport feature when its mode or its status is switched off, each in its own source', () => {
    const transport = indexTransport([...transportGeojson('rail'), ...transportGeojson('network'), ...transportGeojson('hubs')]);
    const states = legendStates(transport, { hiddenModes: ['hsr'], hiddenStatuses: ['under-construction'] });
    expect(states).toHaveLength(transport.features.length);
    for (const s of states) {
      const p = transport.byId.get(s.id)!.properties;
      expect(s.hidden, s.id).toBe(p.mode === 'hsr' || p.status === 'under-construction');
      expect(s.source).toBe(transport.byId.get(s.id)!.geometry.type === 'Point' ? SOURCE.transportPoints : SOURCE.transportLines);
    }
    // Each rule on its own: hidden by mode only, by status only, and shown.
    const props = (id: string) => transport.byId.get(id)!.properties;
    expect(states.some((s) => s.hidden && props(s.id).status !== 'under-construction')).toBe(true);
    expect(states.some((s) => s.hidden && props(s.id).mode !== 'hsr')).toBe(true);
    expect(states.some((s) => !s.hidden && s.source === SOURCE.transportPoints)).toBe(true);
    expect(legendStates(transport, { hiddenModes: [], hiddenStatuses: [] }).every((s) => !s.hidden)).toBe(true);
  });

  it('hides a station with the lines it serves, and keeps one that a shown line still serves', () => {
    const transport = indexTransport([...transportGeojson('rail'), ...transportGeojson('stations')]);
    const states = new Map(legendStates(transport, { hiddenModes: ['hsr'], hiddenStatuses: [] }).map((s) => [s.id, s.hidden]));
    const stations = transport.features.filter((f) => f.properties.mode === 'station');
    const modesOf = (f: (typeof stations)[number]) => f.properties.line_ids!.map((id) => transport.byId.get(id)!.properties.mode);
    const onlyHsr = stations.filter((f) => modesOf(f).every((m) => m === 'hsr'));
    const mixed = stations.filter((f) => modesOf(f).some((m) => m === 'hsr') && modesOf(f).some((m) => m !== 'hsr'));
    expect(onlyHsr.length).toBeGreaterThan(10);
    expect(mixed.length).toBeGreaterThan(0);
    for (const f of onlyHsr) expect(states.get(f.properties.id), f.properties.id).toBe(true);
    for (const f of mixed) expect(states.get(f.properties.id), f.properties.id).toBe(false);
    // The station switch itself still hides every station.
    const off = legendStates(transport, { hiddenModes: ['station'], hiddenStatuses: [] });
    expect(off.filter((s) => s.hidden).length).toBe(stations.length);
  });

  it('draws every transport line, dot and label at opacity 0 when its feature-state says hidden, and never through a filter', () => {
    const evaluate = (value: unknown, spec: StylePropertySpecification, state: Record<string, boolean>, status = 'open', accuracy = 'traced') => {
      const e = createExpression(value, 'paint', spec);
      if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
      return e.value.evaluate({ zoom: 9 }, { type: 'Point', properties: { mode: 'hsr', status, accuracy } } as never, state) as number;
    };
    const spec = { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] } } as unknown as StylePropertySpecification;
    const transport = buildStyle('zh').layers.filter((l) => 'source' in l && (l.source === SOURCE.transportLines || l.source === SOURCE.transportPoints));
    expect(transport.length).toBe(11);
    for (const layer of transport) {
      const paint = (layer as { paint: Record<string, unknown> }).paint;
      // What shows a feature at all: its opacities, or for the selection halo its width.
      const keys = layer.id === LAYER.transportSelected ? ['line-width'] : Object.keys(paint).filter((k) => k.endsWith('opacity') && !k.endsWith('layer-opacity'));
      expect(keys.length, layer.id).toBeGreaterThan(0);
      const status = LINE_LAYER_STATUSES[layer.id]?.[0] ?? 'open';
      // At zoom 9 the links layer draws the lines that are not traced, the others the traced ones.
      const accuracy = layer.id === LAYER.transportLinks ? 'schematic' : 'traced';
      for (const k of keys) {
        expect(evaluate(paint[k], spec, { hidden: true, selected: true }, status, accuracy), `${layer.id} ${k}`).toBe(0);
        expect(evaluate(paint[k], spec, { hidden: false, selected: true }, status, accuracy), `${layer.id} ${k}`).toBeGreaterThan(0);
      }
      // Filters split layers by status or by station only: the legend never changes them.
      expect(JSON.stringify((layer as { filter?: unknown }).filter ?? null)).not.toMatch(/"hsr"|"expressway"|literal",\["rail/);
    }
  });

  it('draws every status with the dash and opacity its legend swatch shows', () => {
    const layers = buildStyle('zh').layers;
    for (const status of STATUSES) {
      const id = Object.keys(LINE_LAYER_STATUSES).find((l) => LINE_LAYER_STATUSES[l]!.includes(status));
      expect(id, status).toBeDefined();
      const paint = (layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
      const look = THEME.statusLine[status];
      expect(paint['line-dasharray'] ?? null, status).toEqual(look.dash);
      const e = createExpression(paint['line-opacity'], { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] } } as never);
      if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
      const traced = { type: 'LineString', properties: { status, accuracy: 'traced' } } as never;
      for (const zoom of [6, 9]) expect(e.value.evaluate({ zoom } as never, traced, {} as never), `${status} at ${zoom}`).toBeCloseTo(look.opacity);
    }
    // Dotted reads as dotted only when the gaps are longer than the dashes.
    expect(THEME.statusLine.planned.dash![0]!).toBeLessThan(THEME.statusLine.planned.dash![1]!);
  });

  it('draws a line with the status the time slider gives it (feature-state yr) in that status\'s layer only, without changing a filter', () => {
    const layers = buildStyle('zh').layers;
    const spec = { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] } } as unknown as StylePropertySpecification;
    const drawnBy = (status: string, state: Record<string, unknown>) =>
      Object.keys(LINE_LAYER_STATUSES).filter((id) => {
        const layer = layers.find((l) => l.id === id) as { paint: Record<string, unknown>; filter: unknown };
        const f = featureFilter(layer.filter as never, 'filter');
        const feature = { type: 'LineString', properties: { status, accuracy: 'traced' } } as never;
        if (!f.filter({ zoom: 9 } as never, feature)) return false;
        const e = createExpression(layer.paint['line-opacity'], 'paint', spec);
        if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
        return (e.value.evaluate({ zoom: 9 } as never, feature, state as never) as number) > 0;
      });
    expect(drawnBy('open', {})).toEqual([LAYER.transportOpen]);
    expect(drawnBy('open', { yr: 'under-construction' })).toEqual([LAYER.transportBuilding]);
    expect(drawnBy('open', { yr: 'planned' })).toEqual([LAYER.transportPlanned]);
    expect(drawnBy('under-construction', { yr: 'planned' })).toEqual([LAYER.transportPlanned]);
    expect(drawnBy('planned', {})).toEqual([LAYER.transportPlanned]);
  });

  it('draws a traced line sharp and full, an approximate one softer, a schematic one softer and lighter still, whatever its status', () => {
    const layers = buildStyle('zh').layers;
    const evaluate = (value: unknown, accuracy: string, zoom: number, spec: object) => {
      const e = createExpression(value, { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] }, ...spec } as never);
      if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
      return e.value.evaluate({ zoom } as never, { properties: { accuracy, status }, type: 'LineString' } as never, {} as never) as number;
    };
    let status = 'open';
    for (const id of Object.keys(LINE_LAYER_STATUSES)) {
      status = LINE_LAYER_STATUSES[id]![0]!;
      const paint = (layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
      // Below the zoom where lines that are not traced become links (tested below).
      for (const zoom of [5, THEME.linkLine.fromZoom - THEME.linkLine.fade]) {
        const blur = (a: string) => evaluate(paint['line-blur'], a, zoom, {});
        const opacity = (a: string) => evaluate(paint['line-opacity'], a, zoom, {});
        expect(blur('traced'), id).toBe(0);
        expect(blur('approximate'), id).toBeGreaterThan(0);
        expect(blur('schematic'), id).toBeGreaterThan(blur('approximate'));
        expect(opacity('approximate'), id).toBeLessThan(opacity('traced'));
        expect(opacity('schematic'), id).toBeLessThan(opacity('approximate'));
        // Still seen: the status (dash) must stay readable under the trust styling.
        expect(opacity('schematic'), id).toBeGreaterThan(0.25);
      }
    }
  });

  it('close in (zoom 9) keeps traced lines at full strength and draws the others only as thin dotted links', () => {
    const layers = buildStyle('zh').layers;
    const spec = { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] } } as never;
    const at = (value: unknown, accuracy: string, zoom: number, status = 'open') => {
      const e = createExpression(value, spec);
      if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
      return e.value.evaluate({ zoom } as never, { properties: { accuracy, status, mode: 'expressway' }, type: 'LineString' } as never, {} as never) as number;
    };
    const paintOf = (id: string) => (layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
    for (const id of [...Object.keys(LINE_LAYER_STATUSES), LAYER.transportCasing]) {
      const status = LINE_LAYER_STATUSES[id]?.[0] ?? 'open';
      expect(at(paintOf(id)['line-opacity'], 'traced', 9, status), id).toBeGreaterThan(0.7);
      for (const a of ['approximate', 'schematic']) expect(at(paintOf(id)['line-opacity'], a, 9, status), `${id} ${a}`).toBe(0);
    }
    const links = layers.find((l) => l.id === LAYER.transportLinks) as { paint: Record<string, unknown>; filter: unknown; minzoom: number };
    const linkFilter = featureFilter(links.filter as never, 'filter');
    expect(linkFilter.filter({ zoom: 9 } as never, { properties: { accuracy: 'traced' }, type: 'LineString' } as never)).toBe(false);
    expect(linkFilter.filter({ zoom: 9 } as never, { properties: { accuracy: 'schematic' }, type: 'LineString' } as never)).toBe(true);
    expect(at(links.paint['line-opacity'], 'schematic', 9)).toBeGreaterThan(0.3);
    expect(at(links.paint['line-opacity'], 'schematic', 9)).toBeLessThan(0.8);
    expect(links.minzoom).toBeGreaterThanOrEqual(7);
    // Thin, and dotted: round dots, gaps longer than the dots.
    expect(at(links.paint['line-width'], 'schematic', 9)).toBeLessThan(2);
    const [dot, gap] = links.paint['line-dasharray'] as number[];
    expect(dot!).toBeLessThan(gap!);
  });

  it('keeps lines that run together readable: a white casing under them, rail over expressways, expressways beside', () => {
    const layers = buildStyle('zh').layers;
    const at = (id: string) => layers.findIndex((l) => l.id === id);
    for (const id of Object.keys(LINE_LAYER_STATUSES)) expect(at(LAYER.transportCasing), id).toBeLessThan(at(id));
    const open = layers.find((l) => l.id === LAYER.transportOpen) as { layout: Record<string, unknown>; paint: Record<string, unknown> };
    const feature = (mode: string) => ({ type: 'LineString', properties: { mode, status: 'open' } }) as never;
    const sortSpec = { type: 'number', 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature'] } } as unknown as StylePropertySpecification;
    const sort = createExpression(open.layout['line-sort-key'], 'layout', sortSpec);
    if (sort.result !== 'success') throw new Error('sort key');
    expect(sort.value.evaluate({ zoom: 8 }, feature('hsr'))).toBeGreaterThan(sort.value.evaluate({ zoom: 8 }, feature('expressway')) as number);
    const offSpec = { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature'] } } as unknown as StylePropertySpecification;
    const offset = createExpression(open.paint['line-offset'], 'paint', offSpec);
    if (offset.result !== 'success') throw new Error('offset');
    expect(offset.value.evaluate({ zoom: 8 }, feature('expressway'))).toBeGreaterThan(2);
    expect(offset.value.evaluate({ zoom: 8 }, feature('hsr'))).toBe(0);
  });

  it('has no global state and no transitions: a change of either costs MapLibre extra full frames', () => {
    const style = buildStyle('zh');
    expect(style.transition).toEqual({ duration: 0, delay: 0 });
    expect(style.state).toBeUndefined();
    expect(JSON.stringify(style.layers)).not.toContain('global-state');
  });

  it('tints the district fill for partners and choropleth classes through feature-state, over the province colour as a layer at 0.9 would', () => {
    const fill = buildStyle('zh').layers.find((l) => l.id === LAYER.districtsFill) as { paint: Record<string, unknown> };
    const spec = { type: 'color', 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature', 'feature-state'] } } as unknown as StylePropertySpecification;
    const e = createExpression(fill.paint['fill-color'], 'paint', spec);
    if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
    const colour = (province: string, state: Record<string, unknown>) => {
      const c = e.value.evaluate({ zoom: 7 } as never, { type: 'Polygon', properties: { province_code: province } } as never, state as never) as { r: number; g: number; b: number };
      return `#${[c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;
    };
    const a = THEME.agreements;
    expect(colour('500000', {})).toBe(THEME.province['500000']);
    expect(colour('510000', { hover: true })).toBe(THEME.hover);
    expect(colour('500000', { partner: 'district' })).toBe(over(a.partner, THEME.province['500000']!, 0.9));
    expect(colour('510000', { partner: 'area', cls: 3 })).toBe(over(a.partnerArea, THEME.province['510000']!, 0.9));
    expect(colour('510000', { cls: 3 })).toBe(over(a.classes[3]!, THEME.province['510000']!, 0.9));
    expect(colour('510000', { cls: 3, hover: true })).toBe(over(a.classes[3]!, THEME.hover, 0.55));
    expect(colour('510000', { cls: 3, partner: 'district', selected: true })).toBe(THEME.selected);
  });

  it('draws the network and the places only where their feature-state says shown (width and radius 0 otherwise)', () => {
    const layers = buildStyle('zh').layers;
    const spec = { type: 'number', 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature', 'feature-state'] } } as unknown as StylePropertySpecification;
    const at = (id: string, key: string, state: Record<string, unknown>) => {
      const paint = (layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
      const e = createExpression(paint[key], 'paint', spec);
      if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
      return e.value.evaluate({ zoom: 7 } as never, { type: 'Point', properties: { width: 5, level: 'prefecture' } } as never, state as never);
    };
    expect(at(LAYER.agreementNetwork, 'line-width', {})).toBe(0);
    expect(at(LAYER.agreementNetwork, 'line-width', { shown: true })).toBe(5);
    expect(at(LAYER.agreementNetwork, 'line-width', { shown: true, selected: true })).toBe(8);
    expect(at(LAYER.agreementPlaces, 'circle-radius', {})).toBe(0);
    expect(at(LAYER.agreementPlaces, 'circle-stroke-width', {})).toBe(0);
    expect(at(LAYER.agreementPlaces, 'circle-radius', { shown: true })).toBe(9);
  });

  it('places admin names first, then hub names, then station names (MapLibre places the top layer first)', () => {
    const at = (id: string) => buildStyle('zh').layers.findIndex((l) => l.id === id);
    expect(at(LAYER.transportHubLabels)).toBeGreaterThan(at(LAYER.transportPointLabels));
    for (const admin of [LAYER.districtLabels, LAYER.prefectureLabels, LAYER.provinceLabels]) expect(at(admin)).toBeGreaterThan(at(LAYER.transportHubLabels));
  });

  it('switches label text by language', () => {
    expect(labelFields('zh')[LAYER.districtLabels]).toEqual(['get', 'label_zh']);
    expect(labelFields('en')[LAYER.districtLabels]).toEqual(['get', 'label_en']);
    expect(labelFields('en')[LAYER.prefectureLabels]).toEqual(['get', 'short_en']);
  });

  it('names the provinces in full in Chinese and short in English (a phone is too narrow for "Chongqing Municipality")', () => {
    expect(labelFields('zh')[LAYER.provinceLabels]).toEqual(['get', 'name']);
    expect(labelFields('en')[LAYER.provinceLabels]).toEqual(['get', 'short_en']);
  });
});
