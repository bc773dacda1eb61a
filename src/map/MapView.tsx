import { useEffect, useRef, useState } from 'react';
import { Map as MlMap, AttributionControl, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useStrings } from '../i18n/use-strings';
import type { MapData } from '../state/data-store';
import { selectedDistrictCode, useViewStore } from '../state/view-store';
import { attachDistrictInteractions, showSelectedDistrict } from './interactions';
import { buildStyle, HOME_BOUNDS, labelFields, sourceData } from './style';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    __atlas?: { map: MlMap };
  }
}

interface Props {
  data: MapData | null;
  onFailure(reason: string): void;
}

/** Runs `fn` now if the style is loaded, else once it is. */
const whenLoaded = (map: MlMap, fn: () => void) => (map.isStyleLoaded() ? fn() : void map.once('load', fn));

/**
 * Owns the MapLibre instance. It is created before the data arrives so that its worker starts
 * while the files load. React renders the container once; after that the map is reached through
 * store subscriptions, so camera moves and hovers never re-render React.
 */
export function MapView({ data, onFailure }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MlMap | null>(null);
  const t = useStrings();

  useEffect(() => {
    let instance: MlMap;
    try {
      instance = new MlMap({
        container: container.current!,
        style: buildStyle(useViewStore.getState().lang),
        bounds: HOME_BOUNDS,
        fitBoundsOptions: { padding: 20 },
        fadeDuration: 0,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
      });
    } catch (e) {
      onFailure((e as Error).message);
      return;
    }
    performance.mark('atlas:map-created');
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-left');
    instance.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    instance.on('error', (e) => console.warn('map error', e.error?.message));
    setMap(instance);
    return () => {
      delete document.documentElement.dataset.mapReady;
      instance.remove();
      setMap(null);
    };
  }, [onFailure]);

  useEffect(() => {
    if (!map || !data) return;
    whenLoaded(map, () => {
      for (const [id, json] of Object.entries(sourceData(data))) (map.getSource(id) as GeoJSONSource).setData(json);
      map.once('idle', () => {
        window.__atlas = { map };
        performance.mark('atlas:map-ready');
        document.documentElement.dataset.mapReady = 'true';
      });
    });
  }, [map, data]);

  useEffect(() => {
    if (!map) return;
    return attachDistrictInteractions(map, (code) =>
      useViewStore.getState().select(code === null ? { type: 'none' } : { type: 'district', code }, 'map'),
    );
  }, [map]);

  useEffect(() => {
    if (!map || !data) return;
    let previous: string | null = null;
    const apply = () => {
      const state = useViewStore.getState();
      const code = selectedDistrictCode(state);
      showSelectedDistrict(map, previous, code);
      previous = code;
      const district = code ? data.districts.byCode.get(code) : undefined;
      if (district && state.selectionOrigin === 'panel') map.fitBounds(district.bbox, { padding: 60, maxZoom: 9.5, duration: 600 });
    };
    whenLoaded(map, apply);
    return useViewStore.subscribe((s, prev) => {
      if (s.selection !== prev.selection) whenLoaded(map, apply);
    });
  }, [map, data]);

  useEffect(() => {
    if (!map) return;
    const apply = (lang: 'zh' | 'en') => {
      for (const [layer, field] of Object.entries(labelFields(lang))) map.setLayoutProperty(layer, 'text-field', field);
    };
    return useViewStore.subscribe((s, prev) => {
      if (s.lang !== prev.lang) whenLoaded(map, () => apply(s.lang));
    });
  }, [map]);

  useEffect(() => {
    if (!map) return;
    const control = new AttributionControl({ compact: true, customAttribution: t.attribution });
    map.addControl(control, 'bottom-right');
    return () => {
      map.removeControl(control);
    };
  }, [map, t]);

  return <div ref={container} className="map" data-testid="map" role="region" aria-label={t.mapLabel} />;
}
