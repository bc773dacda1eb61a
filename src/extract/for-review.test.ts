import { describe, expect, it } from 'vitest';
import { extractAgreements } from './agreements';
import { CHUNK_CHARS } from './chunked';
import { extractForReview } from './for-review';
import { committedModel } from './sentence-model';
import { SUGGEST_AT } from './suggestions';
import { partyCodes, testGazetteer } from './test-gazetteer';

const gaz = testGazetteer();
// A sentence no rule proposes and the committed model scores above its threshold (a retrain may
// move a borderline sentence across it: this one names a document both sides dealt with).
const SENTENCE = '3月5日，荣昌区与内江市共同研究了《文旅合作框架协议》。';
// A sentence the committed model scores between SUGGEST_AT and the review's gate, with no rule's act in it.
const SUGGESTED = '荣昌区与内江市召开文旅合作座谈会。';

describe('proposals for a planner to review', () => {
  it('adds what the learned model finds, marked as the model’s, where the atlas’s own reading (rules alone) finds nothing', () => {
    const article = { file: 'r.txt', text: SENTENCE, date: '2021-03-05' };
    expect(extractAgreements(article, gaz)).toEqual([]);
    const [a, ...rest] = extractForReview(article, gaz, () => undefined).agreements;
    expect(rest).toEqual([]);
    expect(a!.reasons).toContain('model');
    expect(partyCodes(a!)).toEqual(['500153', '511000']);
  });

  // Whether the review drops them is cross-validation's choice (docs/proposal-model-cv.md): labellers
  // count a joint event as a borderline agreement, so dropping events can cost more than it saves.
  it('proposes no event as a thing agreed when non-things are dropped (a 推介会 held together is no agreement)', () => {
    const article = { file: 'e.txt', text: '3月5日，荣昌区与内江市联合举办首届文旅合作推介会。', date: '2021-03-05' };
    expect(extractAgreements(article, gaz, { model: { ...committedModel()!, dropNonThings: true } })).toEqual([]);
  });

  it('keeps the model on in an article read in chunks', () => {
    const filler = '这是一段与合作无关的文字。'.repeat(Math.ceil(CHUNK_CHARS / 13));
    const text = `${filler}\n\n${SENTENCE}`;
    const found = extractForReview({ file: 'long.txt', text, date: '2021-03-05' }, gaz, () => undefined).agreements;
    expect(found.map((a) => text.slice(a.span.start, a.span.end))).toEqual([SENTENCE]);
  });

  it('suggests reading a sentence the model finds likely where nothing is proposed, never one a proposal is about', () => {
    const found = extractForReview({ file: 's.txt', text: SUGGESTED, date: '2021-03-05' }, gaz, () => undefined);
    expect(found.agreements).toEqual([]);
    expect(found.suggestions.map((s) => SUGGESTED.slice(s.span.start, s.span.end))).toEqual([SUGGESTED]);
    expect(found.suggestions[0]!.score).toBeGreaterThanOrEqual(SUGGEST_AT);
    const both = `${SENTENCE}\n${SUGGESTED}\n这是一段与合作无关的文字。`;
    const read = extractForReview({ file: 'b.txt', text: both, date: '2021-03-05' }, gaz, () => undefined);
    expect(read.agreements.map((a) => both.slice(a.span.start, a.span.end))).toEqual([SENTENCE]);
    expect(read.suggestions.map((s) => both.slice(s.span.start, s.span.end))).toEqual([SUGGESTED]);
  });

  it('places the suggestions of a long article read in chunks at their place in the whole text', () => {
    const filler = '这是一段与合作无关的文字。'.repeat(Math.ceil(CHUNK_CHARS / 13));
    const text = `${filler}\n\n${SUGGESTED}`;
    const found = extractForReview({ file: 'long.txt', text, date: '2021-03-05' }, gaz, () => undefined);
    expect(found.suggestions.map((s) => text.slice(s.span.start, s.span.end))).toEqual([SUGGESTED]);
  });

  it('says when a suggested sentence names places of one province only, in an article that never names the economic circle', () => {
    const read = (text: string) => extractForReview({ file: 'y.txt', text, date: '2021-12-03' }, gaz, () => undefined);
    const within = read('12月3日，永川区与荣昌区签订《文旅融合发展合作协议》。');
    expect(within.agreements).toEqual([]);
    expect(within.suggestions.map((x) => x.oneSide)).toEqual(['500000']);
    // 加为协议 starts from the places the sentence names.
    expect(within.suggestions[0]!.parties?.map((p) => p.code)).toEqual(['500118', '500153']);
    // …and as the extractor would read and title it.
    expect(within.suggestions[0]!.draft).toEqual({ kind: 'agreement', title_zh: '永川、荣昌：《文旅融合发展合作协议》', title_en: 'Yongchuan–Rongchang: agreement on tourism and culture', domains: ['tourism-culture'] });
    // Between the two provinces, or in an article about the circle, nothing of the kind is said.
    const across = read('荣昌区与内江市召开文旅合作座谈会。');
    expect(across.suggestions.length).toBeGreaterThan(0);
    expect(across.suggestions.every((x) => x.oneSide === undefined)).toBe(true);
    expect(across.suggestions[0]!.parties?.map((p) => p.code)).toEqual(['500153', '511000']);
    const circle = read('为推动成渝地区双城经济圈建设，永川区与荣昌区召开文旅合作座谈会。');
    expect(circle.suggestions.every((x) => x.oneSide === undefined)).toBe(true);
  });
});
