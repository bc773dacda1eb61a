import { create } from 'zustand';
import { EMPTY_DRAFT, hasWork, type Draft } from './draft-model';
import { readDraft, sessionStore, writeDraft } from './draft-storage';

export { EMPTY_DRAFT, hasWork, type Draft, type Phase } from './draft-model';

export interface DraftState {
  draft: Draft;
  /** False when the browser would not keep the draft (storage full, blocked or missing): a reload would lose it. */
  kept: boolean;
  update(change: Partial<Draft> | ((d: Draft) => Partial<Draft>)): void;
  discard(): void;
}

const store = sessionStore();

export const useDraft = create<DraftState>()((set) => ({
  draft: readDraft(store) ?? EMPTY_DRAFT,
  kept: true,
  update: (change) => set((s) => ({ draft: { ...s.draft, ...(typeof change === 'function' ? change(s.draft) : change) } })),
  discard: () => set({ draft: EMPTY_DRAFT }),
}));

// Written a moment after the last change, not at every keystroke of a 1 MB text; on leaving the page at once.
let pending: ReturnType<typeof setTimeout> | undefined;
const keep = () => {
  pending = undefined;
  const { draft, kept } = useDraft.getState();
  const ok = writeDraft(store, draft, hasWork(draft));
  if (ok !== kept) useDraft.setState({ kept: ok });
};
useDraft.subscribe((s, before) => {
  if (s.draft === before.draft) return;
  clearTimeout(pending);
  pending = setTimeout(keep, 300);
});
globalThis.addEventListener?.('pagehide', () => {
  if (pending !== undefined) {
    clearTimeout(pending);
    keep();
  }
});
