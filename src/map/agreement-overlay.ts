import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { AgreementIndex, Place, PlaceKey } from '../data/agreements';
import { parsePlaceKey, placeKey } from '../data/agreements';
import type { PlaceBook } from '../agreements/places';
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
}

/** Everything the agreement layers show for one view, as plain data. */
export interface AgreementOverlay {
  arcs: FeatureCollection<LineString, ArcProps>;
  places: FeatureCollection<Point, { key: PlaceKey; level: Place['level'] }>;
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
 * What the map draws for agreements: with a district selected, its partners and arcs to them;
 * with an agreement selected, its parties joined by arcs; in network mode, every link; in
 * choropleth mode, each district's class. Prefectures and provinces get a ring at their label
 * point and (a prefecture) a light fill over its districts, never a county's colour.
 */
export function agreementOverlay(input: OverlayInput): AgreementOverlay {
  const { index, book, selection, mapMode } = input;
  const arcs: Feature<LineString, ArcProps>[] = [];
  const places = new Map<PlaceKey, Place>();
  const partners = new Map<string, PartnerState>();
  const mark = (p: Place) => {
    const info = book.info(p);
    if (!info) return;
    if (p.level === 'district') partners.set(p.code, 'district');
    else {
      places.set(placeKey(p), p);
      if (p.level === 'prefecture') for (const c of info.districts) if (!partners.has(c)) partners.set(c, 'area');
    }
  };
  const addLinks = (links: readonly NetworkLink[], kind: ArcProps['kind']) => {
    const max = Math.max(1, ...links.map((l) => l.count));
    for (const l of links) {
      const from = book.info(parsePlaceKey(l.a))?.anchor;
      const to = book.info(parsePlaceKey(l.b))?.anchor;
      if (!from || !to) continue;
      arcs.push(arcFeature(from, to, { id: linkId(l.a, l.b), a: l.a, b: l.b, count: l.count, width: arcWidth(l.count, max), kind }));
    }
  };

  switch (selection.type) {
    case 'district': {
      const self = placeKey({ level: 'district', code: selection.code });
      const list = partnersOf(index, selection.code);
      for (const p of list) mark(p.place);
      partners.delete(selection.code);
      addLinks(
        list.map((p) => (self < p.key ? { a: self, b: p.key, count: p.agreements.length } : { a: p.key, b: self, count: p.agreements.length })),
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
      break;
  }

  if (mapMode === 'network' && selection.type === 'none') {
    const links = networkLinks(index);
    for (const l of links) for (const k of [l.a, l.b]) places.set(k, parsePlaceKey(k));
    addLinks(links, 'network');
  }

  const placeFeatures = [...places.entries()].flatMap(([key, p]) => {
    const anchor = book.info(p)?.anchor;
    return anchor ? [{ type: 'Feature' as const, properties: { key, level: p.level }, geometry: { type: 'Point' as const, coordinates: anchor } }] : [];
  });
  const classes = mapMode === 'choropleth' ? choroplethClasses(countsByDistrict(index, input.districts, input.countBasis)).classOf : null;
  return { arcs: { type: 'FeatureCollection', features: arcs }, places: { type: 'FeatureCollection', features: placeFeatures }, partners, classes };
}

/** The box around an agreement's parties (their districts and anchors), to frame it; null when none is placed. */
export function agreementBounds(index: AgreementIndex, book: PlaceBook, districts: ReadonlyMap<string, District>, id: string): [number, number, number, number] | null {
  const boxes: [number, number, number, number][] = [];
  for (const { places } of index.places.get(id) ?? [])
    for (const p of places) {
      if (p.level === 'district') {
        const d = districts.get(p.code);
        if (d) boxes.push(d.bbox);
      } else {
        const anchor = book.info(p)?.anchor;
        if (anchor) boxes.push([anchor[0], anchor[1], anchor[0], anchor[1]]);
      }
    }
  if (boxes.length === 0) return null;
  return [Math.min(...boxes.map((b) => b[0])) - 0.1, Math.min(...boxes.map((b) => b[1])) - 0.1, Math.max(...boxes.map((b) => b[2])) + 0.1, Math.max(...boxes.map((b) => b[3])) + 0.1];
}
