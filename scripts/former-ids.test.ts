import { describe, expect, it } from 'vitest';
import type { Agreement } from '../src/data/agreement-schema';
import { carryFormerIds } from './former-ids';

const base: Agreement = { id: 'x', article: 'a.txt', span: { start: 0, end: 4 }, quote: '两地签约', title_zh: '甲', title_en: 'A', kind: 'agreement', date: null, parties: [], domains: [], confidence: 0.5 };
const at = (id: string, start: number, extra: Partial<Agreement> = {}): Agreement => ({ ...base, id, span: { start, end: start + 4 }, ...extra });

describe('carryFormerIds', () => {
  it('gives a renamed agreement the id it had at the same sentence, and nothing to one whose id stayed', () => {
    const out = carryFormerIds([at('plan-public-services', 0), at('kept', 10)], [at('plan-governance-2', 0), at('kept', 10)]);
    expect(out.map((a) => [a.id, a.former_ids])).toEqual([
      ['plan-public-services', ['plan-governance-2']],
      ['kept', undefined],
    ]);
  });

  it('pairs the renamed ones of one sentence in order, keeps older former ids, and never lists an id in use', () => {
    const previous = [at('one-old', 0, { former_ids: ['one-older'] }), at('stays', 0), at('two-old', 0), at('reused', 20)];
    const next = [at('one-new', 0), at('stays', 0), at('two-new', 0), at('reused', 0), at('elsewhere', 30)];
    const ids = Object.fromEntries(carryFormerIds(next, previous).map((a) => [a.id, a.former_ids]));
    expect(ids).toEqual({ 'one-new': ['one-older', 'one-old'], stays: undefined, 'two-new': ['two-old'], reused: undefined, elsewhere: undefined });
  });

  it('carries the former ids of an agreement whose id stayed, run after run', () => {
    const once = carryFormerIds([at('new', 0)], [at('old', 0)]);
    expect(carryFormerIds([at('new', 0)], once)).toEqual(once);
  });
});
