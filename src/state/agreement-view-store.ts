import { create } from 'zustand';
import type { CountBasis, GroupBy } from '../agreements/selectors';

/**
 * How the agreement panels and map modes are shown, beyond what a link carries: card grouping,
 * and the choropleth's count basis. (The network pair a planner opens is a selection: a link carries it.)
 */
export interface AgreementViewState {
  groupBy: GroupBy;
  countBasis: CountBasis;
  setGroupBy(g: GroupBy): void;
  setCountBasis(b: CountBasis): void;
}

export const useAgreementViewStore = create<AgreementViewState>()((set) => ({
  groupBy: 'year',
  countBasis: 'own',
  setGroupBy: (groupBy) => set({ groupBy }),
  setCountBasis: (countBasis) => set({ countBasis }),
}));
