import { describe, expect, it } from 'vitest';
import type { Agreement } from '../data/agreement-schema';
import { extractAgreements } from './agreements';
import type { ItemModel } from './item-model';
import { articleFeatures, proposalFeatures } from './proposal-features';
import { committedScoredReading, scoreProposal, type ProposalModel } from './proposal-model';
import { PROPOSAL_WEIGHTS } from './proposal-weights';
import { committedModel, learnedAloneModel, type SentenceModel } from './sentence-model';
import { partyCodes, testGazetteer } from './test-gazetteer';

const gaz = testGazetteer();
// A sentence model that knows one word (互访 scores 1), and an item model that takes every item.
const toy: SentenceModel = { threshold: 0.5, bias: -30, weights: new Map([['互访', 60]]) };
const every: ItemModel = { bias: 5, weights: new Map(), threshold: 0.5, gate: 0.5 };
const party = (code: string, level = 'county') => ({ name: code, code, level }) as Agreement['parties'][number];
const trigger = (text: string, object: string) => ({ kind: 'agreement' as const, at: text.indexOf(object), end: text.indexOf(object) + object.length, object, strength: 0.85 });
const featuresOf = (text: string, object: string, parties = [party('500111'), party('511400')]) =>
  proposalFeatures({ trigger: trigger(text, object), parties, reasons: new Set(['model']) }, { source: 'item', sentence: 0.96, item: 0.6, siblings: 1, inSentence: 2 }, text);

describe('what the proposal scorer reads of a proposal', () => {
  it('marks a signer’s name read as an item, a bare signing, a counted group and a name with no agreement noun', () => {
    const text = '大足区与中国科学院成都生物研究所签署合作协议，签署交通、产业3个协议。';
    expect(featuresOf(text, '中国科学院成都生物研究所')).toEqual(expect.arrayContaining(['organisation', 'signer']));
    expect(featuresOf(text, '合作协议')).toEqual(expect.arrayContaining(['bare', 'verb:sign', 'head:协议']));
    expect(featuresOf(text, '产业3个协议')).toContain('counted');
    const clause = '大足区与眉山市互访交流';
    expect(featuresOf(clause, clause)).toEqual(expect.arrayContaining(['no-noun']));
    expect(featuresOf(clause, clause).some((f) => f.startsWith('head:'))).toBe(false);
    expect(featuresOf(text, '合作协议')).toEqual(expect.arrayContaining(['sentence>=0.95', 'item>=0.5', 'source:item', 'in-sentence:all']));
    expect(featuresOf(text, '合作协议', [party('510000', 'province'), party('500000', 'province')])).toContain('provinces-only');
  });

  it('adds what the whole article says: the same parties or thing taken by the rules or proposed before', () => {
    const p = { features: ['x'], parties: [party('500111'), party('511400')], object: '文旅合作协议', at: 0.5, headline: false };
    expect(articleFeatures(p, [], '')).toEqual(['x', 'at:2']);
    const byRules = articleFeatures(p, [{ object: '《文旅合作协议》', rules: true, before: true }], '大足眉山签署文旅合作协议');
    expect(byRules).toEqual(expect.arrayContaining(['pair:rules', 'thing:rules', 'thing:in-headline']));
    expect(articleFeatures(p, [{ object: '交通互联方案', rules: false, before: true }], '')).toEqual(expect.arrayContaining(['pair:before']));
  });
});

describe('the proposal scorer in the extractor', () => {
  const text = '4月20日，大足区与眉山市互访，磋商《文旅合作协议》《交通互联协议》。';
  const read = (proposals: ProposalModel | null) => extractAgreements({ file: 'p.txt', text, date: null }, gaz, { model: { ...toy, items: every, proposals } });

  it('drops each proposal it scores under its threshold and keeps the others', () => {
    expect(read(null)).toHaveLength(2);
    // (Named documents kept, the second of a sentence's items dropped by where it stands.)
    const scorer: ProposalModel = { bias: 5, weights: new Map([['item-index:1', -10]]), threshold: 0.5 };
    const kept = read(scorer);
    expect(kept.map((a) => a.title_zh)).toEqual(['大足、眉山：《文旅合作协议》']);
    expect(partyCodes(kept[0]!)).toEqual(['500111', '511400']);
    expect(read({ bias: -5, weights: new Map(), threshold: 0.5 })).toEqual([]);
  });

  it('tells training each proposal kept with its features', () => {
    let seen: { agreement: Agreement; features: string[] }[] = [];
    const found = extractAgreements({ file: 'p.txt', text, date: null }, gaz, { model: { ...toy, items: every }, onProposals: (p) => (seen = p) });
    expect(seen.map((p) => p.agreement)).toEqual(found);
    expect(seen[1]!.features).toEqual(expect.arrayContaining(['source:item', 'named', 'pair:same-sentence', 'item-index:1']));
  });

  it('drops, when told to, a thing that stands where a signer does', () => {
    const signed = '4月20日，大足区与眉山市互访，大足区与眉山生物研究所签署合作协议。';
    const model: SentenceModel = { ...toy, items: every };
    // (The learned reading alone: the rules take this sentence's signing with the institute as its party.)
    const titles = (m: SentenceModel) => extractAgreements({ file: 'p.txt', text: signed, date: null }, gaz, { model: m, rules: false }).map((a) => a.title_zh);
    // (The institute as the thing agreed: its name after the colon of the title.)
    expect(titles(model).some((t) => t.endsWith('：眉山生物研究所'))).toBe(true);
    const kept = titles({ ...model, dropSigners: true });
    expect(kept.some((t) => t.endsWith('：眉山生物研究所'))).toBe(false);
    expect(kept.some((t) => t.includes('合作协议'))).toBe(true);
  });

  it('proposes, when told to, a sentence that restates an agreement, marked so for the scorer', () => {
    const restated = '根据协议，大足区与眉山市互访交流。';
    const model: SentenceModel = { ...toy, items: every };
    const read = (m: SentenceModel) => {
      let seen: string[][] = [];
      const found = extractAgreements({ file: 'p.txt', text: restated, date: null }, gaz, { model: m, rules: false, onProposals: (p) => (seen = p.map((x) => x.features)) });
      return { found, seen };
    };
    expect(read(model).found).toEqual([]);
    const kept = read({ ...model, keepRestated: true });
    expect(kept.found).toHaveLength(1);
    expect(kept.seen[0]).toContain('restates');
  });

  it('scores by its weights, and the committed readings load', () => {
    expect(scoreProposal({ bias: 0, weights: new Map([['a', 10]]) }, ['a'])).toBeGreaterThan(0.99);
    expect(scoreProposal({ bias: 0, weights: new Map([['a', 10]]) }, ['b'])).toBe(0.5);
    const alone = committedScoredReading('alone');
    if (alone?.scorer) expect(alone.scorer.weights.size).toBeGreaterThan(10);
  });
});

describe('the committed readings', () => {
  // The trainer measures each setting with its plans switch (train-proposal-model.ts modelOf): the
  // committed reading must read as it was measured, not with the sentence model's own switch.
  it('keep plans and restatements as the scorer was chosen with them', () => {
    for (const which of ['alone', 'review'] as const) {
      const w = PROPOSAL_WEIGHTS[which];
      if (!w.enabled) continue;
      const model = which === 'alone' ? learnedAloneModel() : committedModel()!;
      expect([model.keepPlans, model.keepRestated]).toEqual([w.plans, w.restated]);
    }
  });
});
