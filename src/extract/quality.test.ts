import { describe, expect, it } from 'vitest';
import gold from './fixtures/gold.json';
import articles from '../../seeds/articles.json';
import { extractAgreements } from './agreements';
import { scoreAgreements, type GoldAgreement } from './quality';
import { testGazetteer } from './test-gazetteer';

const TEXTS = import.meta.glob('../../seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const texts = new Map(Object.entries(TEXTS).map(([path, text]) => [path.split('/').pop()!, text]));

describe('scoreAgreements', () => {
  const g = (id: string, start: number, end: number, clarity: 'clear' | 'borderline' = 'clear'): GoldAgreement => ({
    id, article: 'a.txt', quote: 'x'.repeat(end - start), span: { start, end }, kind: 'agreement', clarity,
    parties: [{ name: '大足', code: '500111', level: 'county' }, { name: '眉山', code: '511400', level: 'prefecture' }],
  });
  const p = (start: number, end: number, partyCodes: string[]) => ({
    id: `p${start}`, article: 'a.txt', span: { start, end }, quote: 'x'.repeat(end - start), title_zh: 't', title_en: 't', kind: 'agreement' as const,
    date: null, domains: [], confidence: 0.9, parties: partyCodes.map((code) => ({ name: code, code, level: 'county' as const })),
  });
  it('counts a prediction once, against a label whose quote overlaps it, and scores its codes', () => {
    const q = scoreAgreements([p(0, 10, ['500111']), p(5, 8, ['500111']), p(50, 60, [])], [g('a', 0, 10), g('b', 20, 30), g('c', 52, 55, 'borderline')], new Map());
    expect([q.correct, q.predicted, q.clearFound, q.clearGold]).toEqual([2, 3, 1, 2]);
    expect(q.precision).toBeCloseTo(2 / 3);
    expect(q.recall).toBeCloseTo(1 / 2);
    expect(q.partyCodes).toMatchObject({ right: 1, of: 4 });
    expect(q.missed.map((x) => x.id)).toEqual(['b']);
  });
});

describe('extraction quality on the five seed articles (labelled independently, fixtures/gold.json)', () => {
  const gaz = testGazetteer();
  const predicted = articles.articles.flatMap((a) => extractAgreements({ file: a.file, text: texts.get(a.file)!, date: a.date }, gaz));
  const q = scoreAgreements(predicted, gold.agreements as GoldAgreement[], texts);

  it('meets its goals: precision and recall ≥ 0.85 on clearly stated agreements, party codes ≥ 0.9', () => {
    console.info(
      `extraction quality: precision ${q.precision.toFixed(3)} (${q.correct}/${q.predicted}), recall ${q.recall.toFixed(3)} (${q.clearFound}/${q.clearGold} clear), party codes ${q.partyCodes.accuracy.toFixed(3)} (${q.partyCodes.right}/${q.partyCodes.of})`,
    );
    expect(q.precision).toBeGreaterThanOrEqual(0.85);
    expect(q.recall).toBeGreaterThanOrEqual(0.85);
    expect(q.partyCodes.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the agreements a planner in 大足 looks for first', () => {
    const dazu = predicted.filter((a) => a.parties.some((p) => p.code === '500111'));
    expect(dazu.map((a) => a.quote.replace(/\s+/gu, ''))).toEqual(
      expect.arrayContaining([expect.stringContaining('大足与四川眉山签署协议'), expect.stringContaining('濑溪河流域长效协调互动协议')]),
    );
  });
});
