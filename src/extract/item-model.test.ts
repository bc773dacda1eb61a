import { describe, expect, it } from 'vitest';
import { extractAgreements } from './agreements';
import { itemCandidates } from './item-candidates';
import { committedItemModel, scoreItem, type ItemModel } from './item-model';
import { placesIn } from './places';
import type { SentenceModel } from './sentence-model';
import { partyCodes, testGazetteer } from './test-gazetteer';

const gaz = testGazetteer();
// A sentence model that knows one word: any sentence holding 互访 scores 1, any other 0.
const toy: SentenceModel = { threshold: 0.5, bias: -30, weights: new Map([['互访', 60]]) };
// An item model that takes a document named in 《》 and nothing else.
const named: ItemModel = { bias: -5, weights: new Map([['named', 10]]), threshold: 0.5, gate: 0.5 };
const read = (text: string, model: SentenceModel) => extractAgreements({ file: 'items.txt', text, date: '2021-05-01' }, gaz, { model });

describe('items of a sentence', () => {
  it('names each document and each thing made, with its kind and the verb before it', () => {
    const text = '大足区与眉山市签署了《文旅合作协议》《交通互联协议》，共同成立了川渝石刻文化联盟。';
    const items = itemCandidates(text, placesIn(text, gaz));
    expect(items.map((c) => c.trigger.object)).toEqual(['《文旅合作协议》', '《交通互联协议》', '川渝石刻文化联盟']);
    expect(items.map((c) => c.trigger.kind)).toEqual(['agreement', 'agreement', 'alliance']);
    expect(items[0]!.features).toEqual(expect.arrayContaining(['named', 'verb:签署', 'place-before']));
    expect(items[2]!.features).toEqual(expect.arrayContaining(['verb:成立', 'together', 'place-in-name']));
    for (const c of items) expect(text.slice(c.trigger.at, c.trigger.end)).toBe(c.trigger.object);
  });

  it('scores an item by its features', () => {
    expect(scoreItem(named, { features: ['named'] }, 1)).toBeGreaterThan(0.99);
    expect(scoreItem(named, { features: ['noun:协议'] }, 1)).toBeLessThan(0.01);
    // (A surer sentence makes its items surer when the weights say so.)
    const stacked = { ...named, weights: new Map([['sentence>=0.9', 10]]) };
    expect(scoreItem(stacked, { features: [] }, 0.95)).toBeGreaterThan(0.99);
    expect(scoreItem(stacked, { features: [] }, 0.85)).toBeLessThan(0.01);
  });
});

describe('proposals item by item', () => {
  const text = '4月20日，大足区与眉山市互访，磋商《文旅合作协议》《交通互联协议》。';

  it('proposes each item the item model picks, each an agreement of its own with the sentence’s parties', () => {
    expect(extractAgreements({ file: 'items.txt', text, date: null }, gaz, { model: null })).toEqual([]);
    expect(read(text, toy)).toHaveLength(1);
    const found = read(text, { ...toy, items: named });
    expect(found.map((a) => a.title_zh).join('|')).toMatch(/文旅合作协议.*\|.*交通互联协议/u);
    expect(found).toHaveLength(2);
    for (const a of found) {
      expect(partyCodes(a)).toEqual(['500111', '511400']);
      expect(a.reasons).toEqual(expect.arrayContaining(['model', 'list-item']));
    }
  });

  it('reads items in a sentence under the sentence model’s threshold when it reaches the item model’s gate', () => {
    // (磋商 alone scores the sentence 0.5: under the threshold of 0.9.)
    const half: SentenceModel = { threshold: 0.9, bias: -30, weights: new Map([['磋商', 30]]) };
    const text = '4月20日，大足区与眉山市磋商《文旅合作协议》《交通互联协议》。';
    expect(read(text, half)).toEqual([]);
    expect(read(text, { ...half, items: { ...named, gate: 0.4 } })).toHaveLength(2);
    expect(read(text, { ...half, items: { ...named, gate: 0.6 } })).toEqual([]);
  });

  it('splits a proposal by its party list, one agreement per partner, as a rule’s act is', () => {
    const text = '4月20日，大足区与眉山市、泸州市分别磋商《干部互访协议》。';
    expect(extractAgreements({ file: 'items.txt', text, date: null }, gaz, { model: null })).toEqual([]);
    const found = read(text, toy);
    expect(found.map(partyCodes)).toEqual([
      ['500111', '511400'],
      ['500111', '510500'],
    ]);
    for (const a of found) expect(a.reasons).toEqual(expect.arrayContaining(['model', 'list-item']));
  });

  it('falls back on one proposal when the item model picks none', () => {
    expect(read('4月20日，大足区与眉山市组织干部互访交流。', { ...toy, items: named })).toHaveLength(1);
  });

  it('keeps the committed item weights loadable', () => {
    expect(committedItemModel().weights.size).toBeGreaterThan(100);
  });
});

describe('items beside the rules', () => {
  // The rules take 《文旅合作协议》 (签署了); 磋商《交通互联协议》 is no act of theirs.
  const text = '4月20日，大足区与眉山市互访，签署了《文旅合作协议》，并磋商《交通互联协议》。';

  it('proposes, when told to, the items of a sentence the rules proposed in that no rule’s agreement there names', () => {
    const rules = read(text, { ...toy, items: named });
    expect(rules.map((a) => a.title_zh)).toEqual(['大足、眉山：《文旅合作协议》']);
    const found = read(text, { ...toy, items: { ...named, beside: true } });
    expect(found.map((a) => a.title_zh)).toEqual(['大足、眉山：《文旅合作协议》', '大足、眉山：《交通互联协议》']);
    expect(found[0]!.reasons ?? []).not.toContain('model');
    expect(found[1]!.reasons).toEqual(expect.arrayContaining(['model', 'list-item']));
    expect(partyCodes(found[1]!)).toEqual(['500111', '511400']);
  });

  it('never proposes again what a rule’s agreement of the sentence names', () => {
    const both = '4月20日，大足区与眉山市签署《文旅合作协议》，互访期间还审定了《交通互联协议》。';
    const found = read(both, { ...toy, items: { ...named, beside: true } });
    expect(found.map((a) => a.title_zh)).toEqual(['大足、眉山：《文旅合作协议》', '大足、眉山：《交通互联协议》']);
    expect(found.every((a) => !a.reasons?.includes('model'))).toBe(true);
  });
});
