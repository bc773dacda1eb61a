import { create } from 'zustand';
import type { CountBasis, GroupBy } from '../agreements/selectors';
import type { PlaceKey } from '../data/agreements';
import { useViewStore } from './view-store';

/**
 * How the agreement panels and map modes are shown, beyond what a link carries: card grouping,
 * the choropleth's count basis, and the network pair opened by a click on an arc.
 */
export interface AgreementViewState {
  groupBy: GroupBy;
  countBasis: CountBasis;
  /** The two places of the network link the planner opened; null when none is open. */
  pair: readonly [PlaceKey, PlaceKey] | null;
  setGroupBy(g: GroupBy): void;
  setCountBasis(b: CountBasis): void;
  openPair(pair: readonly [PlaceKey, PlaceKey] | null): void;
}

export const useAgreementViewStore = create<AgreementViewState>()((set) => ({
  groupBy: 'year',
  countBasis: 'own',
  pair: null,
  setGroupBy: (groupBy) => set({ groupBy }),
  setCountBasis: (countBasis) => set({ countBasis }),
  openPair: (pair) => set({ pair }),
}));

// A new selection replaces an open pair: the side panel shows one thing at a time.
useViewStore.subscribe((s, prev) => {
  if (s.selection !== prev.selection && s.selection.type !== 'none') useAgreementViewStore.getState().openPair(null);
});
