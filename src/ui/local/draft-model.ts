import type { Extracted } from '../../data/extract-client';
import type { Note } from '../../extract/input';
import type { ArticleFields, Proposal } from './review-model';

/** `earlier`: the review left by 返回修改, whose decisions a second reading of the same text keeps (`carryOver`). */
export type Phase = { step: 'form'; earlier?: Proposal[] } | { step: 'reading'; done: number; total: number; earlier?: Proposal[] } | { step: 'review'; found: Extracted; proposals: Proposal[] };

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
