import type { Draft } from './draft-model';

/** Where the tab keeps the add-article draft: a reload does not lose a review, a new tab starts clean. */
const KEY = 'chengyu-atlas:add-article-draft';

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The tab's session storage, or null where the browser has none or refuses it (private modes, blocked storage). */
export function sessionStore(): DraftStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

const isText = (v: unknown): v is string => typeof v === 'string';

/** Only a draft of the shape this version writes is taken back; anything else is left out, never half-read. */
function isDraft(v: unknown): v is Draft {
  if (!v || typeof v !== 'object') return false;
  const d = v as Partial<Draft>;
  const f = d.fields as Partial<Draft['fields']> | undefined;
  if (!isText(d.raw) || !f || ![f.title, f.newspaper, f.date, f.note].every(isText) || !Array.isArray(d.notes)) return false;
  const p = d.phase as Partial<Draft['phase']> | undefined;
  if (p?.step === 'form' || p?.step === 'reading') return true;
  if (p?.step !== 'review') return false;
  const r = p as Extract<Draft['phase'], { step: 'review' }>;
  return !!r.found && isText(r.found.text) && Array.isArray(r.found.agreements) && Array.isArray(r.proposals);
}

/** The draft this tab kept, or null. A reading cut short by the reload starts again from the form. */
export function readDraft(store: DraftStorage | null): Draft | null {
  try {
    const raw = store?.getItem(KEY);
    if (!raw) return null;
    const d: unknown = JSON.parse(raw);
    if (!isDraft(d)) return null;
    // (A review kept before suggestions were read has none: it is taken back whole, with none.)
    if (d.phase.step === 'review' && !Array.isArray(d.phase.found.suggestions)) return { ...d, phase: { ...d.phase, found: { ...d.phase.found, suggestions: [] } } };
    return d.phase.step === 'reading' ? { ...d, phase: { step: 'form', ...(d.phase.earlier ? { earlier: d.phase.earlier } : {}) } } : d;
  } catch {
    return null;
  }
}

/** Keeps the draft (or forgets it when there is nothing of the planner's in it); false when the browser would not take it. */
export function writeDraft(store: DraftStorage | null, draft: Draft, hasWork: boolean): boolean {
  if (!store) return false;
  try {
    if (hasWork) store.setItem(KEY, JSON.stringify(draft));
    else store.removeItem(KEY);
    return true;
  } catch {
    return false;
  }
}
