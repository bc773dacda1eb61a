import { create } from 'zustand';
import type { LinkProblem } from './url';
import type { ReaderPosition, Selection } from './view-types';

/**
 * What a link named of an article added in another browser, dropped until that article is here
 * (a bundle imported): then it is applied, as the notice asked the planner to do.
 */
export interface AwaitedLink {
  selection: Selection | null;
  reader: ReaderPosition | null;
}

/** What a link asked for that could not be applied; shown once, dismissable. */
export interface NoticeState {
  linkProblems: LinkProblem[];
  awaited: AwaitedLink | null;
  report(problems: readonly LinkProblem[]): void;
  await(link: AwaitedLink | null): void;
  /** The link's wait is over: its local parts are applied, so the notice no longer asks for them. */
  arrived(): void;
  dismiss(): void;
}

export const useNoticeStore = create<NoticeState>()((set) => ({
  linkProblems: [],
  awaited: null,
  report: (problems) => set((s) => ({ linkProblems: [...s.linkProblems, ...problems] })),
  await: (awaited) => set({ awaited }),
  arrived: () => set((s) => ({ awaited: null, linkProblems: s.linkProblems.filter((p) => p.kind !== 'local-not-loaded') })),
  dismiss: () => set({ linkProblems: [] }),
}));
