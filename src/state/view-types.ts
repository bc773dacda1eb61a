import type { Mode, Status } from '../data/transport-schema';
import type { CountBasis, Lang, MapMode, Panel } from './view-vocab';

import type { Domain, Kind, PartnerProvince } from '../data/agreement-vocab';
export { DOMAINS, KINDS, PARTNER_PROVINCES, YEAR_MAX, YEAR_MIN, type Domain, type Kind, type PartnerProvince } from '../data/agreement-vocab';

export { COUNT_BASES, LANGS, MAP_MODES, PANELS, type CountBasis, type Lang, type MapMode, type Panel } from './view-vocab';

/** What is selected; one kind at a time, so panels and map never disagree. */
export type Selection =
  | { type: 'none' }
  | { type: 'district'; code: string }
  | { type: 'feature'; id: string }
  | { type: 'agreement'; id: string }
  /** A new area or zone as a place of its own (src/agreements/new-areas.ts: its id). */
  | { type: 'new-area'; id: string }
  /** A link of the agreement network: two place keys (`d:500112`, `p:511400`), a < b. */
  | { type: 'pair'; a: string; b: string };

/** The selection of a network link, its two places in key order whichever way round they come. */
export const pairSelection = (x: string, y: string): Selection => (x < y ? { type: 'pair', a: x, b: y } : { type: 'pair', a: y, b: x });

export interface AgreementFilters {
  domains: Domain[];
  kinds: Kind[];
  years: [number, number] | null;
  partnerProvince: PartnerProvince | null;
  /** Agreements the extractor is at least this sure of (0–1); null: all. */
  minConfidence: number | null;
  /**
   * With a year range, whether an agreement the articles give no date counts by the year it was first
   * reported (it existed by then). Off by default, as links made before the switch meant.
   */
  undatedByReport: boolean;
}

/** The years the time slider covers: from before the economic circle (2020) to the plans' horizon. */
export const AS_OF_MIN = 2015;
export const AS_OF_MAX = 2035;

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** The source reader: which article is open and where, as an offset into its text. */
export interface ReaderPosition {
  article: string;
  offset: number;
}

/** Everything a share link carries. */
export interface LinkState {
  lang: Lang;
  selection: Selection;
  hiddenModes: Mode[];
  hiddenStatuses: Status[];
  mapMode: MapMode;
  /** What the count map, the district table and their exports count per district (`cb=all`). */
  countBasis: CountBasis;
  filters: AgreementFilters;
  panel: Panel;
  reader: ReaderPosition | null;
  /** The time slider: the map shows transport and agreements as of this year; null: today, as the data says. */
  asOf: number | null;
  camera: Camera | null;
}

export const DEFAULT_FILTERS: AgreementFilters = { domains: [], kinds: [], years: null, partnerProvince: null, minConfidence: null, undatedByReport: false };

export const DEFAULT_LINK_STATE: LinkState = {
  lang: 'zh',
  selection: { type: 'none' },
  hiddenModes: [],
  hiddenStatuses: [],
  mapMode: 'plain',
  countBasis: 'own',
  filters: DEFAULT_FILTERS,
  panel: 'list',
  reader: null,
  asOf: null,
  camera: null,
};
