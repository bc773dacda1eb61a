import { create } from 'zustand';
import type { GroupBy } from '../agreements/selectors';

/**
 * How the agreement panels are shown, beyond what a link carries: card grouping. (The network
 * pair a planner opens is a selection and the count basis is view state: a link carries both.)
 */
export interface AgreementViewState {
  groupBy: GroupBy;
  setGroupBy(g: GroupBy): void;
}

export const useAgreementViewStore = create<AgreementViewState>()((set) => ({
  groupBy: 'year',
  setGroupBy: (groupBy) => set({ groupBy }),
}));
