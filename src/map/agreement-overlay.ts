import { boxAround } from '../geo/box';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { AgreementIndex, Place, PlaceKey } from '../data/agreements';
import type { AdminLabelsFile } from '../data/schemas';
import { parsePlaceKey, placeKey } from '../data/agreements';
import type { PlaceBook } from '../agreements/places';
import { newAreaById, newAreaPartners } from '../agreements/new-areas';
import { choroplethClasses, countsByDistrict, networkLinks, partnersOf, type CountBasis, type NetworkLink } from '../agreements/selectors';
import type { District } from '../data/districts';
import { arcFeature, arcWidth } from '../geo/arcs';
import type { MapMode, Selection } from '../state/view-types';

export type PartnerState = 'district' | 'area';

export interface ArcProps extends Record<string, unknown> {
  id: string;
  a: PlaceKey;
  b: PlaceKey;
  count: number;
  width: number;
  kind: 'partner' | 'agreement' | 'network';
  /** An end is a prefecture or a province, drawn at its anchor: the arc joins an area, not that point's district. */
  wide: boolean;
}

/** Everything the agreement layers show for one view, as plain data. */
export interface AgreementOverlay {
  /** The selection's arcs: a district's to its partners, or an agreement's between its parties. */
  arcs: FeatureCollection<LineString, ArcProps>;
  /** Places whose anchor is drawn: the selection's prefecture and province parties, or every place of the network. */
  places: Set<PlaceKey>;
  /** Whether the network (`networkOverlay` of the same index) is drawn. */
  network: boolean;
  /** Districts to colour as partners (or as a partner prefecture's area). */
  partners: Map<string, PartnerState>;
  /** Choropleth class per district, when the choropleth is on. */
  classes: Map<string, number> | null;
}

export interface OverlayInput {
  index: AgreementIndex;
  book: PlaceBook;
  districts: readonly District[];
  selection: Selection;
  mapMode: MapMode;
  countBasis: CountBasis;
}

const linkId = (a: PlaceKey, b: PlaceKey) => `${a}|${b}`;

/**
 * The most arcs a selected district draws, to its busiest partners: more than a few dozen arcs
 * from one point are a bristle no one reads, and each costs the map worker and every frame.
 */
export const PARTNER_MAX_ARCS = 30;

/**
 * What the map draws for agreements: with a district selected, its partners and arcs to them;
 * with an agreement selected, its parties joined by arcs; in network mode, every link; in
 * choropleth mode, each district's class. Prefectures and provinces get a ring at their anchor
 * point and (a prefecture) a light fill over its districts, never a county's colour.
 */
export function agreementOverlay(input: OverlayInput): AgreementOverlay {
  const { index, book, selection, mapMode } = input;
  const arcs: Feature<LineString, ArcProps>[] = [];
  const places = new Set<PlaceKey>();
  const partners = new Map<string, PartnerState>();
  const mark = (p: Place) => {
    const info = book.info(p);
    if (!info) return;
    if (p.level === 'district') partners.set(p.code, 'district');
    else {
      places.add(placeKey(p));
      if (p.level === 'prefecture') for (const c of info.districts) if (!partners.has(c)) partners.set(c, 'area');
    }
  };
  const addLinks = (links: readonly NetworkLink[], kind: ArcProps['kind']) => arcs.push(...linkArcs(links, book, kind));

  switch (selection.type) {
    case 'district':
    case 'new-area': {
      // A new area is drawn, as everywhere, at its main district, and its own districts are the selection, not partners.
      const area = selection.type === 'new-area' ? newAreaById(selection.id) : undefined;
      if (selection.type === 'new-area' && !area) break;
      const code = area ? area.main : selection.type === 'district' ? selection.code : '';
      const self = placeKey({ level: 'district', code });
      const list = area ? newAreaPartners(index, area) : partnersOf(index, code);
      for (const p of list) mark(p.place);
      for (const c of area ? [area.main, ...area.others] : [code]) partners.delete(c);
      // Arcs to the busiest partners only (the list is busiest first); every partner is still coloured.
      addLinks(
        list.slice(0, PARTNER_MAX_ARCS).map((p) => (self < p.key ? { a: self, b: p.key, count: p.agreements.length } : { a: p.key, b: self, count: p.agreements.length })),
        'partner',
      );
      break;
    }
    case 'agreement': {
      const a = index.byId.get(selection.id);
      if (!a) break;
      for (const { places: ps } of index.places.get(a.id) ?? []) ps.forEach(mark);
      addLinks(networkLinks({ ...index, list: [a] }), 'agreement');
      break;
    }
    case 'feature':
    case 'none':
    case 'pair':
      break;
  }

  // An open pair is one link of the whole network: the network stays drawn around it.
  const network = mapMode === 'network' && (selection.type === 'none' || selection.type === 'pair');
  if (network) for (const k of networkOverlay(index, book).places) places.add(k);
  const classes = mapMode === 'choropleth' ? choroplethClasses(countsByDistrict(index, input.districts, input.countBasis)).classOf : null;
  return { arcs: { type: 'FeatureCollection', features: arcs }, places, network, partners, classes };
}

function linkArcs(links: readonly NetworkLink[], book: PlaceBook, kind: ArcProps['kind']): Feature<LineString, ArcProps>[] {
  const max = Math.max(1, ...links.map((l) => l.count));
  return links.flatMap((l) => {
    const a = parsePlaceKey(l.a);
    const b = parsePlaceKey(l.b);
    const from = book.info(a)?.anchor;
    const to = book.info(b)?.anchor;
    const wide = a.level !== 'district' || b.level !== 'district';
    return from && to ? [arcFeature(from, to, { id: linkId(l.a, l.b), a: l.a, b: l.b, count: l.count, width: arcWidth(l.count, max), kind, wide })] : [];
  });
}

/**
 * The most links the network draws: its busiest. Hundreds of arcs already cover the two
 * provinces; thousands (a hundred times today's agreements) would only be a tangle that costs
 * every frame, and the network panel and each district's partners still list every pair.
 */
export const NETWORK_MAX_ARCS = 300;

export interface NetworkOverlay {
  arcs: FeatureCollection<LineString, ArcProps>;
  /** The places the drawn arcs join. */
  places: readonly PlaceKey[];
  /** Links in all, drawn or not. */
  links: number;
  /** Whether a drawn arc has a prefecture or province at an end (the legends list the lighter arc then). */
  wide: boolean;
}

const NETWORKS = new WeakMap<AgreementIndex, NetworkOverlay>();

/** The network of the given agreements, built once per index (a mode switch and the panels ask again). */
export function networkOverlay(index: AgreementIndex, book: PlaceBook): NetworkOverlay {
  let out = NETWORKS.get(index);
  if (!out) {
    const links = networkLinks(index);
    const arcs = linkArcs(links.slice(0, NETWORK_MAX_ARCS), book, 'network');
    const places = [...new Set(arcs.flatMap((f) => [f.properties.a, f.properties.b]))];
    NETWORKS.set(index, (out = { arcs: { type: 'FeatureCollection', features: arcs }, places, links: links.length, wide: arcs.some((f) => f.properties.wide) }));
  }
  return out;
}

/** Every place an agreement may name, each at its anchor, for the places layer (drawn when its feature-state says `shown`). */
export function allPlaces(book: PlaceBook, districts: readonly District[], adminLabels: AdminLabelsFile | null): FeatureCollection<Point, { key: PlaceKey; level: Place['level'] }> {
  const places: Place[] = [
    ...districts.map((d) => ({ level: 'district' as const, code: d.code })),
    ...(adminLabels?.features ?? []).flatMap((f) => (f.properties.level === 'prefecture' || f.properties.level === 'province' ? [{ level: f.properties.level, code: f.properties.code }] : [])),
  ];
  return {
    type: 'FeatureCollection',
    features: places.flatMap((p) => {
      const anchor = book.info(p)?.anchor;
      return anchor ? [{ type: 'Feature' as const, properties: { key: placeKey(p), level: p.level }, geometry: { type: 'Point' as const, coordinates: anchor } }] : [];
    }),
  };
}

/** The box around an agreement's parties (their districts and anchors), to frame it; null when none is placed. */
export function agreementBounds(index: AgreementIndex, book: PlaceBook, districts: ReadonlyMap<string, District>, id: string): [number, number, number, number] | null {
  // A district by two corners of its outline's box, a prefecture or province by its anchor.
  const points: [number, number][] = [];
  for (const { places } of index.places.get(id) ?? [])
    for (const p of places) {
      if (p.level === 'district') {
        const d = districts.get(p.code);
        if (d) points.push([d.bbox[0], d.bbox[1]], [d.bbox[2], d.bbox[3]]);
      } else {
        const anchor = book.info(p)?.anchor;
        if (anchor) points.push(anchor);
      }
    }
  return boxAround(points, 0.1);
}
