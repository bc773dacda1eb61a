import { describe, expect, it } from 'vitest';
import { extractAgreements } from './agreements';
import { itemCandidates } from './item-candidates';
import type { ItemModel } from './item-model';
import type { SentenceModel } from './sentence-model';
import { testGazetteer } from './test-gazetteer';
import { sharedHeadItems } from './shared-head';

/** The fields the head of the sentence's item at `noun` stands for (places none: masked = text). */
const fieldsOf = (text: string, noun: string, masked = text) => {
  const item = itemCandidates(text, []).find((c) => c.trigger.object.endsWith(noun) && text.indexOf(noun) < c.trigger.end);
  if (!item) throw new Error(`no item ${noun} in ${text}`);
  return sharedHeadItems(text, masked, item.trigger)?.map((t) => t.object) ?? null;
};

describe('fields named before one head noun', () => {
  it('reads a counted list before the head as one item per field', () => {
    expect(fieldsOf('双方签署了交通、产业、生态环保3个合作协议。', '合作协议')).toEqual(['交通合作协议', '产业合作协议', '生态环保合作协议']);
  });
  it('reads a list joined by 和 with 等', () => {
    expect(fieldsOf('两地签署区域协同发展、产业和党建合作等协议，积极推动合作。', '协议')).toEqual(['区域协同发展协议', '产业协议', '党建合作协议']);
  });
  it('reads the fields of a frame before the act (在A、B等领域签署…)', () => {
    expect(fieldsOf('双方在教育、医疗、文旅等领域签署合作协议。', '合作协议')).toEqual(['教育合作协议', '医疗合作协议', '文旅合作协议']);
  });
  it('folds a generic field into the group: one field left is no list', () => {
    expect(fieldsOf('双方签署了基础设施、产业发展2个合作协议。', '合作协议')).toBeNull();
    expect(fieldsOf('双方签署了基础设施、交通、生态3个合作协议。', '合作协议')).toEqual(['交通合作协议', '生态合作协议']);
  });
  it('leaves a counted group whose items are not named as one', () => {
    expect(fieldsOf('会上签署了27个合作协议。', '合作协议')).toBeNull();
  });
  it('leaves a list of places (parties, not fields) and a list of things each with its own noun', () => {
    const text = '成都、重庆签署合作协议。';
    expect(fieldsOf(text, '合作协议', '◇◇、◇◇签署合作协议。')).toBeNull();
    expect(fieldsOf('双方签署了框架协议、补充协议。', '补充协议')).toBeNull();
  });
  it('leaves a named document alone', () => {
    expect(fieldsOf('双方签署了《交通、产业合作协议》。', '协议》')).toBeNull();
  });
});

describe('the learned reading, told to read lists of fields', () => {
  const gaz = testGazetteer();
  // A sentence model that knows one word (互访), an item model that takes every item.
  const toy: SentenceModel = { threshold: 0.5, bias: -30, weights: new Map([['互访', 60]]) };
  const every: ItemModel = { bias: 5, weights: new Map(), threshold: 0.5, gate: 0.5 };
  const text = '4月20日，大足区与眉山市互访，签署交通、产业、生态环保3个合作协议。';
  const titles = (fields: boolean) => extractAgreements({ file: 'f.txt', text, date: null }, gaz, { model: { ...toy, items: { ...every, fields } }, rules: false }).map((a) => a.title_zh);

  it('proposes one agreement per named field, each with the sentence’s parties', () => {
    expect(titles(false)).toHaveLength(1);
    const split = titles(true);
    expect(split).toHaveLength(3);
    expect(split.join('|')).toMatch(/交通合作协议.*\|.*产业合作协议.*\|.*生态环保合作协议/u);
    for (const t of split) expect(t).toMatch(/^大足、眉山/u);
  });
});
