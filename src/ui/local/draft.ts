import { create } from 'zustand';
import type { Extracted } from '../../data/extract-client';
import type { Note } from '../../extract/input';
import type { ArticleFields, Proposal } from './review-model';
import { readDraft, sessionStore, writeDraft } from './draft-storage';

export type Phase = { step: 'form' } | { step: 'reading'; done: number; total: number } | { step: 'review'; found: Extracted; proposals: Proposal[] };

/**
 * What the planner has put into the add-article dialog: the text, the fields, and the review with
 * every decision. It outlives the dialog (× and Escape close it, they do not throw the work away)
 * and a reload of the tab (it is kept in the tab's session storage); only saving or an explicit
 * discard empties it.
 */
export interface Draft {
  raw: string;
  fields: ArticleFields;
  dateTouched: boolean;
  titleTouched: boolean;
  notes: Note[];
  phase: Phase;
  /** After a first try to read, the fields still wrong are marked. */
  attempted: boolean;
}

export const EMPTY_DRAFT: Draft = {
  raw: '',
  fields: { title: '', newspaper: '', date: '', note: '' },
  dateTouched: false,
  titleTouched: false,
  notes: [],
  phase: { step: 'form' },
  attempted: false,
};

/** Whether there is anything of the planner's to keep (or to lose). */
export const hasWork = (d: Draft): boolean => d.phase.step !== 'form' || d.raw.trim() !== '' || Object.values(d.fields).some((v) => v.trim() !== '');

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
