import { useEffect, useRef, useState } from 'react';
import { Map as MlMap, AttributionControl, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useStrings } from '../i18n/use-strings';
import type { MapData } from '../state/data-store';
import { selectedDistrictCode, useViewStore } from '../state/view-store';
import { attachDistrictInteractions, showSelectedDistrict } from './interactions';
import { buildStyle, HOME_BOUNDS, labelFields } from './style';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    __atlas?: { map: MlMap };
  }
}

interface Props {
  data: MapData;
  onFailure(reason: string): void;
}

/**
 * Owns the MapLibre instance. React renders the container once; everything after that reaches the
 * map through store subscriptions, so camera moves and hovers never re-render React.
 */
export function MapView({ data, onFailure }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MlMap | null>(null);
  const t = useStrings();

  useEffect(() => {
    const { lang } = useViewStore.getState();
    let instance: MlMap;
    try {
      instance = new MlMap({
        container: container.current!,
        style: buildStyle(data, lang),
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
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-left');
    instance.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    instance.on('error', (e) => console.warn('map error', e.error?.message));
    instance.once('idle', () => {
      window.__atlas = { map: instance };
      document.documentElement.dataset.mapReady = 'true';
    });
    setMap(instance);
    return () => {
      delete document.documentElement.dataset.mapReady;
      instance.remove();
      setMap(null);
    };
    // The map is created once per data set; later changes reach it through subscriptions below.
  }, [data, onFailure]);

  useEffect(() => {
    if (!map) return;
    return attachDistrictInteractions(map, (code) =>
      useViewStore.getState().select(code === null ? { type: 'none' } : { type: 'district', code }, 'map'),
    );
  }, [map]);

  useEffect(() => {
    if (!map) return;
    let previous: string | null = null;
    const apply = () => {
      const state = useViewStore.getState();
      const code = selectedDistrictCode(state);
      showSelectedDistrict(map, previous, code);
      previous = code;
      const district = code ? data.districts.byCode.get(code) : undefined;
      if (district && state.selectionOrigin === 'panel') {
        map.fitBounds(district.bbox, { padding: 60, maxZoom: 9.5, duration: 600 });
      }
    };
    const applyWhenLoaded = () => (map.isStyleLoaded() ? apply() : map.once('load', apply));
    applyWhenLoaded();
    return useViewStore.subscribe((s, prev) => {
      if (s.selection !== prev.selection) applyWhenLoaded();
    });
  }, [map, data]);

  useEffect(() => {
    if (!map) return;
    const apply = (lang: 'zh' | 'en') => {
      for (const [layer, field] of Object.entries(labelFields(lang))) if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-field', field);
    };
    return useViewStore.subscribe((s, prev) => {
      if (s.lang === prev.lang) return;
      if (map.isStyleLoaded()) apply(s.lang);
      else map.once('load', () => apply(s.lang));
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
