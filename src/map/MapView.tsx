import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { bbox } from '@turf/turf';
import { Map as MlMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useStrings } from '../i18n/use-strings';
import { pairSelection, useViewStore, type ViewState } from '../state/view-store';
import { useCameraStore } from '../state/camera-store';
import { roundCamera } from '../state/url';
import { useDataStore, type MapData } from '../state/data-store';
import { attachInteractions, showSelected, type FeatureRef } from './interactions';
import { SOURCE } from './ids';
import { attachAgreements } from './effects/agreements';
import { attachFarContext } from './effects/far-context';
import { transportSourceOf, transportStates, type TransportVisibility } from './effects/transport-states';
import { setMapHandle } from './map-handle';
import { onePass } from './one-pass';
import { agreementBounds } from './agreement-overlay';
import { placeBookFor } from '../agreements/places';
import { newAreaById } from '../agreements/new-areas';
import { parsePlaceKey } from '../data/agreements';
import { boxAround } from '../geo/box';
import { buildStyle } from './style';
import { defersLayers, revealDeferred } from './deferred-layers';
import { THEME } from './theme';
import { startDraft } from './draft';
import { sourceFeed } from './source-feed';
import { labelFields } from './layers/label-text';
import { CONTEXT_BOUNDS, corridorBounds, HOME_BOUNDS, homePadding, MAX_ZOOM, NARROW_QUERY } from './camera';
import { attachAttribution, attachControls, paddingFor } from './effects/controls';
import { useIdle } from '../ui/use-idle';

setWorkerUrl(workerUrl);

/** Shows the deferred layers if they are still hidden (deferred-layers.ts). */
function revealOnce(deferred: { current: boolean }, map: MlMap): void {
  if (!deferred.current) return;
  deferred.current = false;
  revealDeferred(map);
}

declare global {
  interface Window {
    __atlas?: { map: MlMap };
  }
}

interface Props {
  data: MapData | null;
  onFailure(reason: string): void;
  /** Called once the first complete map has gone to the screen (`atlas:map-ready`). */
  onReady?(): void;
}

/**
 * Owns the MapLibre instance. It is created before the data arrives so that its worker starts
 * while the files load. React renders the container once; after that the map is reached through
 * store subscriptions, so camera moves and hovers never re-render React.
 */
export function MapView({ data, onFailure, onReady }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MlMap | null>(null);
  const [drawn, setDrawn] = useState(false);
  const [ready, setReady] = useState(false);
  // Paints the first complete map (draft.ts); set while the map is a draft.
  const endDraft = useRef<(() => void) | null>(null);
  // Whether the deferred layers (deferred-layers.ts) are still hidden.
  const deferred = useRef(false);
  const t = useStrings();

  // In the commit itself, not after the browser has painted the page: the map and its worker start sooner.
  useLayoutEffect(() => {
    let instance: MlMap;
    try {
      const linked = useCameraStore.getState().camera;
      const view = useViewStore.getState();
      deferred.current = defersLayers(view);
      instance = new MlMap({
        container: container.current!,
        style: buildStyle(view.lang, THEME, { deferred: deferred.current }),
        ...(linked
          ? { center: linked.center, zoom: linked.zoom, bearing: linked.bearing, pitch: linked.pitch }
          : { bounds: HOME_BOUNDS, fitBoundsOptions: { padding: homePadding(container.current!.clientWidth, window.matchMedia?.(NARROW_QUERY).matches ?? false) } }),
        maxBounds: CONTEXT_BOUNDS,
        maxZoom: MAX_ZOOM,
        fadeDuration: 0,
        // The style is made by our own code and checked against the style spec by a unit test
        // (style.test.ts); MapLibre's own check of it at load took ~30 ms of the main thread
        // (every colour literal of the district fill's tint parsed) while the files were loading.
        validateStyle: false,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
      });
    } catch (e) {
      onFailure((e as Error).message);
      return;
    }
    performance.mark('atlas:map-created');
    // Nothing is painted until every source is in (draft.ts); the canvas stays hidden meanwhile (CSS, `data-drawn`).
    endDraft.current = startDraft(instance);
    instance.on('moveend', () => {
      const c = instance.getCenter();
      useCameraStore.getState().settle(roundCamera({ center: [c.lng, c.lat], zoom: instance.getZoom(), bearing: instance.getBearing(), pitch: instance.getPitch() }));
    });
    instance.on('error', (e) => console.warn('map error', e.error?.message));
    // Every effect below needs the style's sources and layers, so the map is handed to them only
    // once its style has loaded. (Waiting on 'load' instead lost a share link's selection whenever
    // the map had loaded before the data: 'load' fires once, and isStyleLoaded() is false again
    // while setData's tiles are loading.)
    let removed = false;
    instance.once('style.load', () => !removed && setMap(instance));
    return () => {
      removed = true;
      delete document.documentElement.dataset.mapReady;
      instance.remove();
      setMap(null);
      setDrawn(false);
      setReady(false);
    };
  }, [onFailure]);

  // An added article replaces `data` but not its geometry: the sources are sent once per map.
  // Fed from the store the moment the data is in, not after React has rendered the panels with it
  // (60–75 ms the map's worker waited for).
  const fed = useRef<{ map: MlMap; districts: MapData['districts'] } | null>(null);
  useEffect(() => {
    if (!map) return;
    const feed = (data: MapData | null) => {
      if (!data) return;
      if (fed.current?.map === map && fed.current.districts === data.districts) return;
      fed.current = { map, districts: data.districts };
      for (const [id, json] of Object.entries(sourceFeed(data))) {
        // Every source starts empty (sources.ts): handing it nothing again would only make the worker tile it again.
        if (typeof json !== 'string' && json.features.length === 0) continue;
        (map.getSource(id) as GeoJSONSource).setData(json);
      }
      map.once('idle', () => {
        // Shown here rather than at React's commit, which may come after the frame below.
        container.current?.setAttribute('data-drawn', 'true');
        performance.mark('atlas:draft-end');
        endDraft.current?.();
        endDraft.current = null;
        // Ready in the animation frame after the full frame, once it has gone to the compositor.
        map.once('idle', () =>
          requestAnimationFrame(() => {
            window.__atlas = { map };
            performance.mark('atlas:map-ready');
            document.documentElement.dataset.mapReady = 'true';
            setReady(true);
            revealOnce(deferred, map);
          }),
        );
        setDrawn(true);
      });
    };
    feed(useDataStore.getState().data);
    return useDataStore.subscribe((s) => feed(s.data));
  }, [map]);

  // The deferred layers are shown once the first view is ready (above), or as soon as the view needs them.
  useEffect(() => {
    if (!map) return;
    if (!defersLayers(useViewStore.getState())) return revealOnce(deferred, map);
    return useViewStore.subscribe((s) => {
      if (!defersLayers(s)) revealOnce(deferred, map);
    });
  }, [map]);

  useEffect(() => {
    if (!map) return;
    const { select } = useViewStore.getState();
    return attachInteractions(map, {
      district: (code) => select(code === null ? { type: 'none' } : { type: 'district', code }, 'map'),
      feature: (id) => select({ type: 'feature', id }, 'map'),
      arc: (a, b) => select(pairSelection(a, b), 'map'),
      labels: data?.districts.list ?? [],
    });
  }, [map, data]);

  // Before the selection is framed: framing keeps clear of these controls, so they must be there.
  useEffect(() => {
    if (!map) return;
    return attachControls(map, t, { home: HOME_BOUNDS, corridor: () => corridorBounds(data?.transport ?? null) });
  }, [map, t, data]);

  useEffect(() => (map && ready ? attachAttribution(map, t) : undefined), [map, t, ready]);

  useEffect(() => {
    if (!map || !data) return;
    let previous: FeatureRef[] = [];
    const apply = () => {
      const state = useViewStore.getState();
      const next = selectedRefs(state, data);
      // With the agreement effect's partners and arcs, in one frame.
      showSelected(onePass(map), previous, next);
      previous = next;
      // A link that carries a camera has already placed the map; one without is framed on its selection.
      const frame = state.selectionOrigin === 'panel' || (state.selectionOrigin === 'link' && !useCameraStore.getState().camera);
      const bbox = frame ? selectionBounds(state, data) : null;
      if (bbox) frameBox(map, bbox);
    };
    apply();
    return useViewStore.subscribe((s, prev) => {
      if (s.selection !== prev.selection) apply();
      // The reader opening or closing, or the table (a wider panel) replacing the list, narrows or
      // widens the map: frame the selection again once the page has laid out, or it ends up under
      // the legend (a quote opened from its own card) or cut by the edge (a pair, then the table).
      else if ((s.reader === null) !== (prev.reader === null) || s.panel !== prev.panel) {
        const bbox = selectionBounds(s, data);
        if (bbox) requestAnimationFrame(() => frameBox(map, bbox));
      }
    });
  }, [map, data]);

  useEffect(() => (map && data ? attachAgreements(map, data) : undefined), [map, data]);

  // After the first view: the far context must not compete with it (a link's camera may start beyond the circle).
  useEffect(() => (map && data && drawn ? attachFarContext(map, data) : undefined), [map, data, drawn]);

  useEffect(() => {
    setMapHandle(map);
    return () => setMapHandle(null);
  }, [map]);

  useEffect(() => {
    if (!map) return;
    return useCameraStore.subscribe((s, prev) => {
      if (s.requested !== prev.requested && s.camera) map.jumpTo({ center: s.camera.center, zoom: s.camera.zoom, bearing: s.camera.bearing, pitch: s.camera.pitch });
      if (s.frame && s.frame !== prev.frame) frameBox(map, s.frame.bounds);
    });
  }, [map]);

  useEffect(() => {
    if (!map || !data) return;
    // Only the features whose state changed: a slider step changes a few lines, not all of them.
    // A feature without state is drawn as shown and as of today, so that needs no writing at first.
    const written = new Map<string, string>();
    const apply = (v: TransportVisibility & { asOf: number | null }) => {
      const pass = onePass(map);
      for (const { source, id, state } of transportStates(data.transport, v)) {
        const key = `${state.hidden}|${state.yr}`;
        if ((written.get(`${source}/${id}`) ?? 'false|null') === key) continue;
        written.set(`${source}/${id}`, key);
        pass.setFeatureState({ source, id }, state);
      }
    };
    apply(useViewStore.getState());
    return useViewStore.subscribe((s, prev) => {
      if (s.hiddenModes !== prev.hiddenModes || s.hiddenStatuses !== prev.hiddenStatuses || s.asOf !== prev.asOf) apply(s);
    });
  }, [map, data]);

  useEffect(() => {
    if (!map) return;
    const apply = (lang: 'zh' | 'en') => {
      for (const [layer, field] of Object.entries(labelFields(lang))) map.setLayoutProperty(layer, 'text-field', field);
    };
    // A switch made while the style was loading (MapLibre skips an unchanged layout value).
    apply(useViewStore.getState().lang);
    return useViewStore.subscribe((s, prev) => {
      if (s.lang !== prev.lang) apply(s.lang);
    });
  }, [map]);

  useEffect(() => {
    if (ready) onReady?.();
  }, [ready, onReady]);

  // The print snapshot's code is not needed for the first view; it is in place from the first idle moment after it.
  const idle = useIdle(ready);
  useEffect(() => {
    if (!map || !idle) return;
    let detach: (() => void) | null = null;
    let gone = false;
    void import('./effects/print').then(({ attachPrintSnapshot }) => {
      if (!gone) detach = attachPrintSnapshot(map);
    });
    return () => {
      gone = true;
      detach?.();
    };
  }, [map, idle]);

  return (
    <>
      <div ref={container} className="map" data-testid="map" data-drawn={drawn || undefined} role="region" aria-label={t.mapLabel} />
      {data && !drawn && (
        <p className="map-status" role="status">
          {t.drawing}
        </p>
      )}
    </>
  );
}

/** Frames a box as a selection or a panel asks: clear of the legend and other panels over the map, so it is never under them. */
function frameBox(map: MlMap, box: [number, number, number, number]) {
  // The panels may have just changed the map's size; MapLibre notices only on its next resize event.
  map.resize();
  map.fitBounds(box, { padding: paddingFor(map, 40), maxZoom: 9.5, duration: 600 });
}

/** The map features a selection refers to: none (nothing selected, or an id the data lacks), one, or every district of a new area. */
function selectedRefs(state: Pick<ViewState, 'selection'>, data: MapData): FeatureRef[] {
  const sel = state.selection;
  const district = (code: string): FeatureRef[] => (data.districts.byCode.has(code) ? [{ source: SOURCE.districts, id: code }] : []);
  if (sel.type === 'district') return district(sel.code);
  if (sel.type === 'new-area') {
    const area = newAreaById(sel.id);
    return area ? [area.main, ...area.others].flatMap(district) : [];
  }
  if (sel.type === 'feature') {
    const f = data.transport.byId.get(sel.id);
    if (!f) return [];
    return [{ source: transportSourceOf(f), id: sel.id }];
  }
  return [];
}

function selectionBounds(state: Pick<ViewState, 'selection'>, data: MapData): [number, number, number, number] | null {
  const sel = state.selection;
  if (sel.type === 'district') return data.districts.byCode.get(sel.code)?.bbox ?? null;
  if (sel.type === 'new-area') {
    // Its districts and its partners: what the panel lists.
    const area = newAreaById(sel.id);
    if (!area) return null;
    const boxes = [area.main, ...area.others].flatMap((c) => {
      const b = data.districts.byCode.get(c)?.bbox;
      return b ? [b] : [];
    });
    return boxes.length ? [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))] : null;
  }
  if (sel.type === 'feature') {
    const f = data.transport.byId.get(sel.id);
    if (!f) return null;
    const [w, s, e, n] = bbox(f);
    return [w - 0.05, s - 0.05, e + 0.05, n + 0.05];
  }
  if (sel.type === 'agreement') return agreementBounds(data.agreements, placeBookFor(data.districts.list, data.adminLabels), data.districts.byCode, sel.id);
  if (sel.type === 'pair') {
    // Both ends of the arc, with room around them: a pair is a link, not the areas it joins.
    const book = placeBookFor(data.districts.list, data.adminLabels);
    const ends = [sel.a, sel.b].map((k) => book.info(parsePlaceKey(k))?.anchor).filter((p): p is [number, number] => !!p);
    return ends.length < 2 ? null : boxAround(ends, 0.2);
  }
  return null;
}
