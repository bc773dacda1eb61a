import { create } from 'zustand';
import type { Lang } from '../i18n/strings';
import type { Mode, Status } from '../data/transport-schema';
import { DEFAULT_LINK_STATE, type AgreementFilters, type CountBasis, type LinkState, type MapMode, type Panel, type ReaderPosition, type Selection } from './view-types';

export { pairSelection, type Selection } from './view-types';

/**
 * Where a selection came from: the map already shows what was clicked; a choice in a panel should
 * bring it into view; a link brings its own camera (if it has one).
 */
export type SelectionOrigin = 'map' | 'panel' | 'link';

/** The view a link carries, except the camera (see camera-store.ts), with its actions. */
export interface ViewState extends Omit<LinkState, 'camera'> {
  selectionOrigin: SelectionOrigin;
  setLang(lang: Lang): void;
  select(selection: Selection, origin: SelectionOrigin): void;
  toggleMode(mode: Mode): void;
  toggleStatus(status: Status): void;
  setMapMode(mode: MapMode): void;
  setCountBasis(basis: CountBasis): void;
  setFilters(filters: Partial<AgreementFilters>): void;
  setPanel(panel: Panel): void;
  setReader(reader: ReaderPosition | null): void;
  setAsOf(year: number | null): void;
  /** Replaces the whole view, as a link or the history asks. */
  applyLink(state: Omit<LinkState, 'camera'>): void;
}

const toggled = <T extends string>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item].sort();

const { camera: _camera, ...defaults } = DEFAULT_LINK_STATE;

export const useViewStore = create<ViewState>()((set) => ({
  ...defaults,
  selectionOrigin: 'panel',
  setLang: (lang) => set({ lang }),
  select: (selection, selectionOrigin) => set({ selection, selectionOrigin }),
  toggleMode: (mode) => set((s) => ({ hiddenModes: toggled(s.hiddenModes, mode) })),
  toggleStatus: (status) => set((s) => ({ hiddenStatuses: toggled(s.hiddenStatuses, status) })),
  setMapMode: (mapMode) => set({ mapMode }),
  setCountBasis: (countBasis) => set({ countBasis }),
  setFilters: (filters) => set((s) => ({ filters: { ...s.filters, ...filters } })),
  setPanel: (panel) => set({ panel }),
  setReader: (reader) => set({ reader }),
  setAsOf: (asOf) => set({ asOf }),
  applyLink: (state) => set({ ...state, selectionOrigin: 'link' }),
}));

/** The link-carried part of the view state, as plain data. */
export function linkFields(s: ViewState): Omit<LinkState, 'camera'> {
  return {
    lang: s.lang,
    selection: s.selection,
    hiddenModes: s.hiddenModes,
    hiddenStatuses: s.hiddenStatuses,
    mapMode: s.mapMode,
    countBasis: s.countBasis,
    filters: s.filters,
    panel: s.panel,
    reader: s.reader,
    asOf: s.asOf,
  };
}

export const selectedFeatureId = (s: Pick<ViewState, 'selection'>): string | null => (s.selection.type === 'feature' ? s.selection.id : null);

export const selectedDistrictCode = (s: Pick<ViewState, 'selection'>): string | null =>
  s.selection.type === 'district' ? s.selection.code : null;
