import { describe, expect, it } from 'vitest';
import type { LabelledArticle } from '../src/extract/labels';
import { compare } from './annotators';

const article = (agreements: { start: number; end: number; clarity: 'clear' | 'borderline'; codes: string[] }[]): LabelledArticle => ({
  id: 'z-1', text_sha256: 'a'.repeat(64),
  agreements: agreements.map((g, i) => ({
    id: `z-1-${i}`, span: { start: g.start, end: g.end }, quote_sha256: 'abcdef12', kind: 'agreement', clarity: g.clarity,
    parties: g.codes.map((code) => ({ name: code, code, level: 'county' })),
  })),
});
const within = (code: string) => [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`];

describe('two annotators compared as the extractor is measured', () => {
  const codes = ['500111', '511400'];
  const first = article([{ start: 0, end: 10, clarity: 'clear', codes }, { start: 20, end: 30, clarity: 'clear', codes }, { start: 40, end: 50, clarity: 'borderline', codes }]);
  it('counts the first annotator\'s clear labels that a second label meets, and the second\'s labels that meet none', () => {
    const second = article([{ start: 2, end: 8, clarity: 'clear', codes: ['500111', '511402'] }, { start: 40, end: 50, clarity: 'borderline', codes: [] }, { start: 60, end: 70, clarity: 'clear', codes: [] }]);
    const q = compare([first], [second], within);
    expect([q.secondAll.clearFound, q.secondAll.clearGold, q.secondAll.correct, q.secondAll.predicted]).toEqual([1, 2, 2, 3]);
    // 东坡区 (511402) lies in 眉山市 (511400): right; the borderline pair names no codes: two wrong.
    expect(q.secondAll.partyCodes).toMatchObject({ right: 2, of: 4 });
    // Only the second's clear labels: the borderline one that met the first's borderline label is left out.
    expect([q.secondClear.correct, q.secondClear.predicted]).toEqual([1, 2]);
    // The other way round: the second's two clear labels, one met.
    expect([q.firstAll.clearFound, q.firstAll.clearGold]).toEqual([1, 2]);
  });
});
