import type { Mode, Status } from '../data/transport-schema';
import type { Lang } from '../i18n/strings';

/** The agreement vocabularies (issue 4's contract): fields, kinds, partner provinces. */
export const DOMAINS = [
  'industry', 'transport', 'logistics', 'trade', 'innovation', 'digital', 'finance', 'tourism-culture', 'ecology',
  'education', 'health', 'social-security', 'housing', 'public-services', 'governance', 'security', 'talent',
] as const;
export type Domain = (typeof DOMAINS)[number];
export const KINDS = ['agreement', 'plan', 'fund', 'alliance', 'mechanism', 'project'] as const;
export type Kind = (typeof KINDS)[number];
export const PARTNER_PROVINCES = ['500000', '510000', 'other'] as const;
export type PartnerProvince = (typeof PARTNER_PROVINCES)[number];
export const MAP_MODES = ['plain', 'choropleth', 'network'] as const;
export type MapMode = (typeof MAP_MODES)[number];
export const PANELS = ['list', 'table'] as const;
export type Panel = (typeof PANELS)[number];

/** Years an agreement or a filter may name: the economic circle dates from 2020; older acts exist. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2035;

/** What is selected; one kind at a time, so panels and map never disagree. */
export type Selection =
  | { type: 'none' }
  | { type: 'district'; code: string }
  | { type: 'feature'; id: string }
  | { type: 'agreement'; id: string };

export interface AgreementFilters {
  domains: Domain[];
  kinds: Kind[];
  years: [number, number] | null;
  partnerProvince: PartnerProvince | null;
}

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
  filters: AgreementFilters;
  panel: Panel;
  reader: ReaderPosition | null;
  camera: Camera | null;
}

export const DEFAULT_FILTERS: AgreementFilters = { domains: [], kinds: [], years: null, partnerProvince: null };

export const DEFAULT_LINK_STATE: LinkState = {
  lang: 'zh',
  selection: { type: 'none' },
  hiddenModes: [],
  hiddenStatuses: [],
  mapMode: 'plain',
  filters: DEFAULT_FILTERS,
  panel: 'list',
  reader: null,
  camera: null,
};
