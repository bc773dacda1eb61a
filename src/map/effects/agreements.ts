import { Popup, type Map as MlMap, type MapLayerMouseEvent } from 'maplibre-gl';
import type { AgreementIndex } from '../../data/agreements';
import { placeBookFor } from '../../agreements/places';
import { pairPlaceLabels } from '../../agreements/place-label';
import { pairAgreements } from '../../agreements/selectors';
import { STRINGS } from '../../i18n/strings';
import type { MapData } from '../../data/map-data';
import { useViewStore } from '../../state/view-store';
import { agreementOverlay, networkOverlay, type PartnerState } from '../agreement-overlay';
import { LAYER, SOURCE } from '../ids';
import { onePass } from '../one-pass';
import { visibleAgreements } from '../../filters/agreement-filter';

/**
 * Draws the agreements for the current selection and map mode (partners, arcs, anchors,
 * choropleth classes, the network) and keeps them in step with the stores; in network mode a
 * hover on an arc names the pair and its count. Only what changed is written, and all of it as
 * feature-state except where geometry is new: the selection's arcs, and the network when the
 * filters change it. Returns a function that removes every listener it added.
 */
export function attachAgreements(map: MlMap, data: MapData): () => void {
  const book = placeBookFor(data.districts.list, data.adminLabels);
  const pass = onePass(map);
  const district = (id: string) => ({ source: SOURCE.districts, id });
  const place = (id: string) => ({ source: SOURCE.agreementPlaces, id });
  const link = (id: string) => ({ source: SOURCE.agreementNetwork, id });
  let partners = new Map<string, PartnerState>();
  let classes = new Map<string, number>();
  let places = new Set<string>();
  let arcs = '';
  let network = new Set<string>();
  // The agreements whose network the network source holds (null: none yet).
  let networkOf: AgreementIndex | null = null;
  let pairArc: string | null = null;

  const visible = () => {
    const { filters, asOf } = useViewStore.getState();
    return visibleAgreements(data.agreements, filters, asOf);
  };

  /**
   * The network's geometry is set when it is shown and the filters have changed since, not at every
   * filter change: new data redraws the map even while the network is hidden, a frame the planner
   * would wait for. At first it is set with the other sources, while the map is still a hidden
   * draft (MapView), so the first switch to the network has it ready at no cost of a frame.
   */
  const initial = visible();
  networkOf = initial;
  pass.setData(SOURCE.agreementNetwork, networkOverlay(initial, book).arcs);

  const apply = () => {
    const { selection, mapMode, countBasis } = useViewStore.getState();
    // The filters and the time slider decide which agreements the cards, arcs, network and choropleth show.
    // A selected agreement is drawn even when the filters hide it: the planner chose it by name.
    const shownIndex = visible();
    const index = selection.type === 'agreement' ? data.agreements : shownIndex;
    const o = agreementOverlay({ index, book, districts: data.districts.list, selection, mapMode, countBasis });

    // New geometry only where it changed: the selection's arcs (most districts have none), the network for new filters.
    const arcsKey = o.arcs.features.map((f) => `${f.properties.id}:${f.properties.width}:${f.properties.count}`).join(',');
    if (arcsKey !== arcs) pass.setData(SOURCE.agreementArcs, o.arcs);
    arcs = arcsKey;
    if (o.network && networkOf !== shownIndex) {
      networkOf = shownIndex;
      pass.setData(SOURCE.agreementNetwork, networkOverlay(shownIndex, book).arcs);
    }

    for (const code of partners.keys()) if (!o.partners.has(code)) pass.removeFeatureState(district(code), 'partner');
    for (const [code, state] of o.partners) if (partners.get(code) !== state) pass.setFeatureState(district(code), { partner: state });
    partners = o.partners;

    const nextClasses = o.classes ?? new Map<string, number>();
    for (const code of classes.keys()) if (!nextClasses.has(code)) pass.removeFeatureState(district(code), 'cls');
    for (const [code, cls] of nextClasses) if (classes.get(code) !== cls) pass.setFeatureState(district(code), { cls });
    classes = nextClasses;

    for (const key of places) if (!o.places.has(key)) pass.setFeatureState(place(key), { shown: false });
    for (const key of o.places) if (!places.has(key)) pass.setFeatureState(place(key), { shown: true });
    places = o.places;

    const nextNetwork = new Set(o.network ? networkOverlay(shownIndex, book).arcs.features.map((f) => f.properties.id) : []);
    for (const id of network) if (!nextNetwork.has(id)) pass.setFeatureState(link(id), { shown: false });
    for (const id of nextNetwork) if (!network.has(id)) pass.setFeatureState(link(id), { shown: true });
    network = nextNetwork;
    showPair();
  };

  // The arc of the pair the planner opened stands out (feature-state, so the arcs are not rebuilt).
  const showPair = () => {
    const s = useViewStore.getState().selection;
    const next = s.type === 'pair' ? `${s.a}|${s.b}` : null;
    if (pairArc && pairArc !== next) pass.removeFeatureState(link(pairArc), 'selected');
    if (next) pass.setFeatureState(link(next), { selected: true });
    pairArc = next;
  };

  const popup = new Popup({ closeButton: false, closeOnClick: false, className: 'arc-popup' });
  let hovered: string | null = null;
  const onMove = (e: MapLayerMouseEvent) => {
    const f = e.features?.find((x) => x.state.shown);
    if (!f) return onLeave();
    const id = String(f.id);
    if (hovered !== id) {
      if (hovered) map.setFeatureState(link(hovered), { hover: false });
      map.setFeatureState(link(id), { hover: true });
      hovered = id;
      const lang = useViewStore.getState().lang;
      const t = STRINGS[lang];
      const index = networkOf ?? visible();
      const pair = [String(f.properties.a), String(f.properties.b)] as const;
      // setText: names come from data files and are shown as text, never as HTML.
      popup.setText(`${t.pairTitle(...pairPlaceLabels(index, pair, pairAgreements(index, pair[0], pair[1]), book, lang, t))} · ${t.pairCount(Number(f.properties.count))}`);
    }
    popup.setLngLat(e.lngLat).addTo(map);
    map.getCanvas().style.cursor = 'pointer';
  };
  const onLeave = () => {
    if (hovered) map.setFeatureState(link(hovered), { hover: false });
    hovered = null;
    popup.remove();
  };
  map.on('mousemove', LAYER.agreementNetwork, onMove);
  map.on('mouseleave', LAYER.agreementNetwork, onLeave);

  apply();
  const offView = useViewStore.subscribe((s, prev) => {
    if (s.selection !== prev.selection || s.mapMode !== prev.mapMode || s.countBasis !== prev.countBasis || s.filters !== prev.filters || s.asOf !== prev.asOf) apply();
  });
  return () => {
    offView();
    map.off('mousemove', LAYER.agreementNetwork, onMove);
    map.off('mouseleave', LAYER.agreementNetwork, onLeave);
    popup.remove();
  };
}
