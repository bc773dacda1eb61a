import { Popup, type GeoJSONSource, type Map as MlMap, type MapLayerMouseEvent } from 'maplibre-gl';
import { parsePlaceKey } from '../../data/agreements';
import { placeBookFor, placeName } from '../../agreements/places';
import { STRINGS } from '../../i18n/strings';
import type { MapData } from '../../state/data-store';
import { useAgreementViewStore } from '../../state/agreement-view-store';
import { useViewStore } from '../../state/view-store';
import { agreementOverlay, type PartnerState } from '../agreement-overlay';
import { LAYER, SOURCE } from '../ids';
import { AGREEMENTS_FILL_ON } from '../layers/agreements';
import { visibleAgreements } from '../../filters/agreement-filter';

/**
 * Draws the agreements for the current selection and map mode (partners, arcs, anchors,
 * choropleth classes) and keeps them in step with the stores; in network mode a hover on an arc
 * names the pair and its count. Returns a function that removes every listener and state it added.
 */
export function attachAgreements(map: MlMap, data: MapData): () => void {
  const book = placeBookFor(data.districts.list, data.adminLabels);
  let partners = new Map<string, PartnerState>();
  let classed = false;
  let pairArc: string | null = null;
  let shown = { arcs: '', places: '' };

  const setFillOn = (on: boolean) => {
    if (Boolean(map.getGlobalState()[AGREEMENTS_FILL_ON]) !== on) map.setGlobalStateProperty(AGREEMENTS_FILL_ON, on);
  };

  const apply = () => {
    const { selection, mapMode, filters, asOf } = useViewStore.getState();
    const { countBasis } = useAgreementViewStore.getState();
    // The filters and the time slider decide which agreements the cards, arcs, network and choropleth show.
    // A selected agreement is drawn even when the filters hide it: the planner chose it by name.
    const index = selection.type === 'agreement' ? data.agreements : visibleAgreements(data.agreements, data.districts.byCode, filters, asOf);
    const o = agreementOverlay({ index, book, districts: data.districts.list, selection, mapMode, countBasis });
    // setData makes MapLibre reload the source's tiles and redraw: only when something changed
    // (most districts have no agreement of their own, so most clicks change nothing here).
    const arcsKey = o.arcs.features.map((f) => `${f.properties.id}:${f.properties.kind}:${f.properties.width}:${f.properties.count}`).join(',');
    const placesKey = o.places.features.map((f) => f.properties.key).join(',');
    if (arcsKey !== shown.arcs) (map.getSource(SOURCE.agreementArcs) as GeoJSONSource).setData(o.arcs);
    if (placesKey !== shown.places) (map.getSource(SOURCE.agreementPlaces) as GeoJSONSource).setData(o.places);
    shown = { arcs: arcsKey, places: placesKey };
    const district = (id: string) => ({ source: SOURCE.districts, id });
    for (const code of partners.keys()) if (!o.partners.has(code)) map.removeFeatureState(district(code), 'partner');
    for (const [code, state] of o.partners) if (partners.get(code) !== state) map.setFeatureState(district(code), { partner: state });
    partners = o.partners;
    if (o.classes) for (const [code, cls] of o.classes) map.setFeatureState(district(code), { cls });
    else if (classed) for (const d of data.districts.list) map.removeFeatureState(district(d.code), 'cls');
    classed = o.classes !== null;
    setFillOn(partners.size > 0 || classed);
    showPair();
  };

  // The arc of the pair the planner opened stands out (feature-state, so the arcs are not rebuilt).
  const showPair = () => {
    const pair = useAgreementViewStore.getState().pair;
    const next = pair ? `${[...pair].sort().join('|')}` : null;
    if (pairArc && pairArc !== next) map.removeFeatureState({ source: SOURCE.agreementArcs, id: pairArc }, 'selected');
    if (next) map.setFeatureState({ source: SOURCE.agreementArcs, id: next }, { selected: true });
    pairArc = next;
  };

  const popup = new Popup({ closeButton: false, closeOnClick: false, className: 'arc-popup' });
  let hovered: string | null = null;
  const onMove = (e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    if (!f || f.properties.kind !== 'network') return onLeave();
    const id = String(f.id);
    if (hovered !== id) {
      if (hovered) map.setFeatureState({ source: SOURCE.agreementArcs, id: hovered }, { hover: false });
      map.setFeatureState({ source: SOURCE.agreementArcs, id }, { hover: true });
      hovered = id;
    }
    const t = STRINGS[useViewStore.getState().lang];
    const name = (key: string) => {
      const p = parsePlaceKey(key);
      const n = placeName(book.info(p), p.code, useViewStore.getState().lang);
      return p.level === 'district' ? n : `${n} (${t.placeLevels[p.level]})`;
    };
    // setText: names come from data files and are shown as text, never as HTML.
    popup.setLngLat(e.lngLat).setText(`${t.pairTitle(name(String(f.properties.a)), name(String(f.properties.b)))} · ${t.pairCount(Number(f.properties.count))}`).addTo(map);
    map.getCanvas().style.cursor = 'pointer';
  };
  const onLeave = () => {
    if (hovered) map.setFeatureState({ source: SOURCE.agreementArcs, id: hovered }, { hover: false });
    hovered = null;
    popup.remove();
  };
  map.on('mousemove', LAYER.agreementArcs, onMove);
  map.on('mouseleave', LAYER.agreementArcs, onLeave);

  apply();
  const offView = useViewStore.subscribe((s, prev) => {
    if (s.selection !== prev.selection || s.mapMode !== prev.mapMode || s.filters !== prev.filters || s.asOf !== prev.asOf) apply();
  });
  const offAgreementView = useAgreementViewStore.subscribe((s, prev) => {
    if (s.countBasis !== prev.countBasis) apply();
    else if (s.pair !== prev.pair) showPair();
  });
  return () => {
    offView();
    offAgreementView();
    map.off('mousemove', LAYER.agreementArcs, onMove);
    map.off('mouseleave', LAYER.agreementArcs, onLeave);
    popup.remove();
  };
}
