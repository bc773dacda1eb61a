import { create } from 'zustand';
import type { Lang } from '../i18n/strings';

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
  setLang(lang: Lang): void;
  select(selection: Selection, origin: SelectionOrigin): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  lang: 'zh',
  selection: NO_SELECTION,
  selectionOrigin: 'panel',
  setLang: (lang) => set({ lang }),
  select: (selection, selectionOrigin) => set({ selection, selectionOrigin }),
}));

export const selectedDistrictCode = (s: Pick<ViewState, 'selection'>): string | null =>
  s.selection.type === 'district' ? s.selection.code : null;
