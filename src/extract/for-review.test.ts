import { describe, expect, it } from 'vitest';
import { extractAgreements } from './agreements';
import { CHUNK_CHARS } from './chunked';
import { extractForReview } from './for-review';
import { partyCodes, testGazetteer } from './test-gazetteer';

const gaz = testGazetteer();
// A sentence no rule proposes and the committed model scores above its threshold.
const SENTENCE = '3月5日，荣昌区与内江市开展文旅合作交流，双方交流了合作事项。';

describe('proposals for a planner to review', () => {
  it('adds what the learned model finds, marked as the model’s, where the atlas’s own reading (rules alone) finds nothing', () => {
    const article = { file: 'r.txt', text: SENTENCE, date: '2021-03-05' };
    expect(extractAgreements(article, gaz)).toEqual([]);
    const [a, ...rest] = extractForReview(article, gaz, () => undefined);
    expect(rest).toEqual([]);
    expect(a!.reasons).toContain('model');
    expect(partyCodes(a!)).toEqual(['500153', '511000']);
  });

  it('proposes no event as a thing agreed (a 座谈会 held is no agreement)', () => {
    const article = { file: 'e.txt', text: '3月5日，荣昌区与内江市举行文旅合作座谈会，双方交流了合作事项。', date: '2021-03-05' };
    expect(extractForReview(article, gaz, () => undefined)).toEqual([]);
  });

  it('keeps the model on in an article read in chunks', () => {
    const filler = '这是一段与合作无关的文字。'.repeat(Math.ceil(CHUNK_CHARS / 13));
    const text = `${filler}\n\n${SENTENCE}`;
    const found = extractForReview({ file: 'long.txt', text, date: '2021-03-05' }, gaz, () => undefined);
    expect(found.map((a) => text.slice(a.span.start, a.span.end))).toEqual([SENTENCE]);
  });
});
