import { describe, expect, it } from 'vitest';
import { extractAgreements } from './agreements';
import { fullWidthPunctuation, normalise } from './normalise';
import { testGazetteer } from './test-gazetteer';

// Round 3: a few general mechanisms, each tested with sentences written for the test (no article's words).
const gaz = testGazetteer();
const run = (text: string, date: string | null = '2022-06-01') => extractAgreements({ file: 'robust.txt', text, date }, gaz);
const codes = (a: { parties: { code: string | null }[] }) => a.parties.map((p) => p.code).sort();
const objects = (text: string) => run(text).map((a) => `${a.kind}:${codes(a).join('+')}`);

describe('sentence normalisation: script and punctuation variants read alike', () => {
  it('maps ASCII , ; : ! ? ( ) to full-width one for one, keeping numbers and times', () => {
    expect(fullWidthPunctuation('会上,双方签署了协议(试行);')).toBe('会上，双方签署了协议（试行）；');
    expect(fullWidthPunctuation('共1,200亿元,7:30召开')).toBe('共1,200亿元，7:30召开');
    const n = normalise('甲 乙,丙');
    expect(n.text).toBe('甲乙，丙');
    expect(n.offsets).toEqual([0, 2, 3, 4, 5]);
  });

  it('finds the same agreements in a sentence typed with ASCII, full-width or traditional punctuation and script', () => {
    const full = '5月6日，在两地座谈会上，荣昌区与隆昌市签署了《农业协作办法（试行）》，分别是：种业协作、渔业协作。';
    const ascii = '5月6日,在两地座谈会上,荣昌区与隆昌市签署了《农业协作办法(试行)》,分别是:种业协作、渔业协作。';
    const traditional = '5月6日,在兩地座談會上,榮昌區與隆昌市簽署了《農業協作辦法(試行)》,分別是:種業協作、漁業協作。';
    expect(objects(ascii)).toEqual(objects(full));
    expect(objects(traditional)).toEqual(objects(full));
    expect(objects(full).length).toBeGreaterThan(0);
  });
});
