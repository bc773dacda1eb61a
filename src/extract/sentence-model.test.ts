import { describe, expect, it } from 'vitest';
import { agreementsFile } from '../data/agreement-schema';
import { extractAgreements } from './agreements';
import { placesIn } from './places';
import { committedModel, masked, scoreSentence, sentenceFeatures, unpackModel, packWeights, type SentenceCues, type SentenceModel } from './sentence-model';
import { partyCodes, testGazetteer } from './test-gazetteer';

const gaz = testGazetteer();
const cuesOf = (text: string, more: Partial<SentenceCues> = {}): SentenceCues => ({
  text,
  mentions: placesIn(text, gaz),
  headline: false,
  paragraphPair: false,
  headlinePair: false,
  triggers: 0,
  ...more,
});

describe('the sentence scorer', () => {
  it('reads places as masks and digits as 0, so one feature covers every pair of places', () => {
    const a = masked('大足区与眉山市签署2份协议', placesIn('大足区与眉山市签署2份协议', gaz));
    const b = masked('荣昌区与泸州市签署3份协议', placesIn('荣昌区与泸州市签署3份协议', gaz));
    expect(a).toBe(b);
    expect(a).not.toContain('大足');
    expect(a).toContain('0份协议');
  });

  it('is deterministic: the same sentence gets the same features and score, and weights survive packing', () => {
    const c = cuesOf('4月17日，重庆市大足区与四川省眉山市签署战略合作协议。', { triggers: 1 });
    expect(sentenceFeatures(c)).toEqual(sentenceFeatures({ ...c }));
    const model = committedModel();
    expect(scoreSentence(model, c)).toBe(scoreSentence(model, c));
    const again = unpackModel({ threshold: model.threshold, keepPlans: false, bias: model.bias, weights: packWeights(model.weights) });
    expect(scoreSentence(again, c)).toBe(scoreSentence(model, c));
  });

  it('scores a plain signing above its threshold and a sentence stating no act below it', () => {
    const model = committedModel();
    const signing = scoreSentence(model, cuesOf('4月17日，重庆市大足区与四川省眉山市签署战略合作协议，双方将在文旅、交通等领域开展合作。', { triggers: 1 }));
    const weather = scoreSentence(model, cuesOf('当天，眉山市气温二十度，市民纷纷走上街头赏花。'));
    expect(signing).toBeGreaterThanOrEqual(model.threshold);
    expect(weather).toBeLessThan(model.threshold);
  });

  it('scores an empty sentence 0 and extracts nothing from an empty article, model or not', () => {
    const model = committedModel();
    expect(scoreSentence(model, cuesOf(''))).toBe(0);
    expect(scoreSentence(model, cuesOf('   '))).toBe(0);
    expect(extractAgreements({ file: 'empty.txt', text: '', date: null }, gaz, { model })).toEqual([]);
  });
});

describe('proposals of the sentence model', () => {
  // A model that knows one word: any sentence holding 互访 scores 1, any other 0.
  const toy: SentenceModel = { threshold: 0.5, bias: -30, weights: new Map([['互访', 60]]) };
  const read = (text: string, model: SentenceModel | null) => extractAgreements({ file: 'model.txt', text, date: '2021-05-01' }, gaz, { model });
  const sentence = '4月20日，重庆市大足区与四川省眉山市组织干部互访交流。';

  it('adds a sentence the rules leave, marked unsure with its reason, parties from the sentence', () => {
    expect(read(sentence, null)).toEqual([]);
    const found = read(sentence, toy);
    expect(found).toHaveLength(1);
    const [a] = found;
    expect(a!.reasons).toContain('model');
    expect(a!.confidence).toBe(0.5);
    expect(partyCodes(a!)).toEqual(['500111', '511400']);
    expect(a!.date).toBe('2021-04-20');
    expect(sentence.slice(a!.span.start, a!.span.end)).toBe(a!.quote);
    expect(() => agreementsFile.parse({ agreements: found })).not.toThrow();
  });

  it('takes 双方 from the paragraph, and drops a proposal with no two sides or of a plan', () => {
    const [a] = read('大足区和眉山市负责人出席会议。会上，双方组织干部互访交流。', toy);
    expect(a?.reasons).toEqual(expect.arrayContaining(['model', 'context-parties']));
    expect(partyCodes(a!)).toEqual(['500111', '511400']);
    expect(read('大足区组织干部互访交流。', toy)).toEqual([]);
    expect(read('大足区将与眉山市组织干部互访交流。', toy)).toEqual([]);
    expect(read('大足区将与眉山市组织干部互访交流。', { ...toy, keepPlans: true })).toHaveLength(1);
  });

  it('proposes nothing where a sentence tells again what an agreement provides or what a body is (the second stage)', () => {
    const pair = '4月17日，大足区与眉山市签署协议。';
    expect(read(`${pair}根据合作协议，双方组织干部互访交流。`, toy)).toHaveLength(1);
    expect(read(`${pair}双方约定，每年组织干部互访交流。`, toy)).toHaveLength(1);
    expect(read(`${pair}此次签约，标志着两地干部互访交流进入新阶段。`, toy)).toHaveLength(1);
    expect(read(`${pair}会上，双方组织干部互访交流。`, toy)).toHaveLength(2);
  });

  it('leaves a sentence the rules propose to the rules: the model is not asked about it', () => {
    const text = '4月17日，大足与四川眉山签署协议，组织干部互访。';
    const rules = read(text, null);
    expect(rules).toHaveLength(1);
    let asked = 0;
    const weights = new (class extends Map<string, number> {
      override get(k: string) {
        asked++;
        return super.get(k);
      }
    })(toy.weights);
    expect(read(text, { ...toy, weights })).toEqual(rules);
    expect(asked).toBe(0);
    read(sentence, { ...toy, weights });
    expect(asked).toBeGreaterThan(0);
  });
});
