import { create } from 'zustand';
import type { LinkProblem } from './url';

/** What a link asked for that could not be applied; shown once, dismissable. */
export interface NoticeState {
  linkProblems: LinkProblem[];
  report(problems: readonly LinkProblem[]): void;
  dismiss(): void;
}

export const useNoticeStore = create<NoticeState>()((set) => ({
  linkProblems: [],
  report: (problems) => set((s) => ({ linkProblems: [...s.linkProblems, ...problems] })),
  dismiss: () => set({ linkProblems: [] }),
}));
