import { create } from 'zustand';
import type { Lang } from '../i18n/strings';
import type { Mode, Status } from '../data/transport-schema';

/** What is selected; one kind at a time, so panels and map never disagree. */
export type Selection =
  | { type: 'none' }
  | { type: 'district'; code: string }
  | { type: 'feature'; id: string }
  | { type: 'agreement'; id: string };

export const NO_SELECTION: Selection = { type: 'none' };

/**
 * Where a selection came from: the map already shows what was clicked, while a choice in a panel
 * should bring the district into view.
 */
export type SelectionOrigin = 'map' | 'panel';

export interface ViewState {
  lang: Lang;
  selection: Selection;
  selectionOrigin: SelectionOrigin;
  /** Transport modes and statuses switched off in the legend; everything shows by default. */
  hiddenModes: Mode[];
  hiddenStatuses: Status[];
  setLang(lang: Lang): void;
  select(selection: Selection, origin: SelectionOrigin): void;
  toggleMode(mode: Mode): void;
  toggleStatus(status: Status): void;
}

const toggled = <T extends string>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item].sort();

export const useViewStore = create<ViewState>()((set) => ({
  lang: 'zh',
  selection: NO_SELECTION,
  selectionOrigin: 'panel',
  hiddenModes: [],
  hiddenStatuses: [],
  setLang: (lang) => set({ lang }),
  select: (selection, selectionOrigin) => set({ selection, selectionOrigin }),
  toggleMode: (mode) => set((s) => ({ hiddenModes: toggled(s.hiddenModes, mode) })),
  toggleStatus: (status) => set((s) => ({ hiddenStatuses: toggled(s.hiddenStatuses, status) })),
}));

export const selectedFeatureId = (s: Pick<ViewState, 'selection'>): string | null => (s.selection.type === 'feature' ? s.selection.id : null);

export const selectedDistrictCode = (s: Pick<ViewState, 'selection'>): string | null =>
  s.selection.type === 'district' ? s.selection.code : null;
