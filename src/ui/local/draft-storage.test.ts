import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, type Draft } from './draft-model';
import { readDraft, writeDraft, type DraftStorage } from './draft-storage';

function memory(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

const review: Draft = {
  ...EMPTY_DRAFT,
  raw: '合川区与广安市签署合作协议。',
  fields: { title: '合川广安签约', newspaper: '', date: '2024-06-13', note: '' },
  phase: { step: 'review', found: { ok: true, text: '合川区与广安市签署合作协议。', notes: [], sha256: 'x', id: 'local-x', agreements: [], suggestions: [] }, proposals: [] },
};

describe('the add-article draft in the tab’s storage', () => {
  it('comes back as it was kept, and is forgotten when nothing of the planner’s is left', () => {
    const s = memory();
    expect(writeDraft(s, review, true)).toBe(true);
    expect(readDraft(s)).toEqual(review);
    expect(writeDraft(s, EMPTY_DRAFT, false)).toBe(true);
    expect(readDraft(s)).toBeNull();
    expect(s.items.size).toBe(0);
  });

  it('starts a reading cut short by the reload again from the form', () => {
    const s = memory();
    writeDraft(s, { ...review, phase: { step: 'reading', done: 1, total: 3 } }, true);
    expect(readDraft(s)?.phase).toEqual({ step: 'form' });
    expect(readDraft(s)?.raw).toBe(review.raw);
  });

  it('says so when the browser will not keep it, and reads nothing from a broken or foreign entry', () => {
    const full: DraftStorage = { ...memory(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(writeDraft(full, review, true)).toBe(false);
    expect(writeDraft(null, review, true)).toBe(false);
    const s = memory();
    for (const bad of ['{', '"text"', JSON.stringify({ raw: 1 }), JSON.stringify({ ...review, phase: { step: 'review', found: null } })]) {
      s.items.set('chengyu-atlas:add-article-draft', bad);
      expect(readDraft(s), bad).toBeNull();
    }
    expect(readDraft(null)).toBeNull();
  });

  it('takes back a review kept before suggestions were read, with none, so the planner’s decisions are not lost', () => {
    const s = memory();
    const older = { ...review, phase: { ...review.phase, found: { ...(review.phase as { found: object }).found, suggestions: undefined } } };
    s.items.set('chengyu-atlas:add-article-draft', JSON.stringify(older));
    expect(readDraft(s)).toEqual(review);
  });
});
