import { describe, expect, it } from 'vitest';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 15: what generalises — structures frequent across the batches, not one article's words.
// Sentences written for the test, no article's words.
const run = extractorFor('round15.txt', '2022-06-01');
const pairs = (text: string) => run(text).map((a) => partyCodes(a).join(','));

describe('paired lists read 分别 (A与B、C与D、E与F分别签署), pair by pair', () => {
  it('keeps every pair when one pair names a body whose name holds two places (X高新区Y园区与Z)', () => {
    const got = pairs('会上，大足区与资阳市、重庆高新区璧山园区与泸州市、荣昌区与内江市分别签署了合作协议。');
    expect(got).toHaveLength(3);
    expect(got.some((p) => p.includes('500120') && p.includes('510500'))).toBe(true);
    expect(got.some((p) => p.includes('500153') && p.includes('511000'))).toBe(true);
  });

  it('still reads plain pairs as before', () => {
    expect(pairs('会上，大足区与资阳市、荣昌区与内江市、江津区与泸州市分别签署了合作协议。')).toHaveLength(3);
  });
});

describe('one subject and several partners 分别 (X与A、B分别签订), a partner on the subject\'s own side', () => {
  it('is its own agreement when the list crosses the line, in simplified characters', () => {
    const got = pairs('会上，泸县与郫都区、江津区分别签订合作协议，共同融入成渝地区双城经济圈建设。');
    expect(got).toHaveLength(2);
    expect(got.some((p) => p.includes('510521') && p.includes('510117'))).toBe(true);
    expect(got.some((p) => p.includes('510521') && p.includes('500116'))).toBe(true);
  });

  it('and in traditional characters', () => {
    expect(pairs('會上，瀘縣與郫都區、江津區分別簽訂合作協議，共同融入成渝地區雙城經濟圈建設。')).toHaveLength(2);
  });
});

describe('an article naming the 成渝 circle in traditional characters', () => {
  it('counts two places of one side signing with each other, as in simplified characters', () => {
    const text = '會上，瀘州市與宜賓市簽署合作協議，共同推動成渝地區雙城經濟圈建設。';
    expect(pairs(text)).toEqual(['510500,511500']);
  });
});
