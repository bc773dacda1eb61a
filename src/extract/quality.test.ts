import { describe, expect, it } from 'vitest';
import gold from './fixtures/gold.json';
import articles from '../../seeds/articles.json';
import type { Agreement } from '../data/agreement-schema';
import { extractAgreements } from './agreements';
import { articleFile, checkText, labelledArticleSchema, labelsOf, underTuningBar } from './labels';
import { codeRight, fromGold, scoreAgreements, suggestionReach, summary, type GoldAgreement, type LabelledAgreement } from './quality';
import { testGazetteer } from './test-gazetteer';

const TEXTS = import.meta.glob('../../seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const texts = new Map(Object.entries(TEXTS).map(([path, text]) => [path.split('/').pop()!, text]));
const gaz = testGazetteer();
const within = gaz.within;
const byName = (files: Record<string, unknown>) => new Map(Object.entries(files).map(([path, v]) => [path.split('/').pop()!.replace(/\.(json|txt)$/u, ''), v]));

/**
 * The labelled sets whose text is a third party's: labels in the repository, texts in the
 * git-ignored local-articles/ (see docs/agreements.md). Adding a set's files is all it takes.
 */
const SETS = {
  tuning: {
    labels: byName(import.meta.glob('./fixtures/tuning/*.json', { import: 'default', eager: true })),
    texts: byName(import.meta.glob('../../local-articles/tuning/*.txt', { query: '?raw', import: 'default', eager: true })),
    about: 'articles the rules may be tuned on',
    barred: underTuningBar,
  },
  unseen: {
    labels: byName(import.meta.glob('./fixtures/unseen/*.json', { import: 'default', eager: true })),
    texts: byName(import.meta.glob('../../local-articles/unseen/*.txt', { query: '?raw', import: 'default', eager: true })),
    about: 'articles no rule was written from',
    barred: (_id: string) => true,
  },
};
/** The figures: the seeds are tuning material, so the bar for unseen articles is the one that counts. */
const FIGURES = { seeds: { recall: 0.9, precision: 0.88, party: 0.9 }, tuning: { recall: 0.85, precision: 0.85, party: 0.85 }, unseen: { recall: 0.85, precision: 0.85, party: 0.85 } };

function report(name: string, q: ReturnType<typeof scoreAgreements>, n: number) {
  console.info(summary(name, q, n));
  for (const m of q.missed) console.info(`  missed ${m.id} (${m.kind})`);
  for (const s of q.spurious) console.info(`  spurious ${s.article} ${s.span.start}–${s.span.end} ${s.kind}`);
  for (const w of q.wrongParties) console.info(`  parties ${w.label.id}: lacks ${w.missing.join(', ')} (has ${w.predicted.parties.map((p) => p.code).join(', ')})`);
}

function expectFigures(q: ReturnType<typeof scoreAgreements>, f: { recall: number; precision: number; party: number }) {
  expect(q.recall).toBeGreaterThanOrEqual(f.recall);
  expect(q.precision).toBeGreaterThanOrEqual(f.precision);
  expect(q.partyCodes.accuracy).toBeGreaterThanOrEqual(f.party);
}

describe('scoreAgreements', () => {
  const g = (id: string, start: number, end: number, clarity: 'clear' | 'borderline' = 'clear'): LabelledAgreement => ({
    id, article: 'a.txt', spans: [{ start, end }], kind: 'agreement', clarity,
    parties: [{ name: '大足', code: '500111', level: 'county' }, { name: '眉山', code: '511400', level: 'prefecture' }],
  });
  const p = (start: number, end: number, partyCodes: string[]): Agreement => ({
    id: `p${start}`, article: 'a.txt', span: { start, end }, quote: 'x'.repeat(end - start), title_zh: 't', title_en: 't', kind: 'agreement' as const,
    date: null, domains: [], confidence: 0.9, parties: partyCodes.map((code) => ({ name: code, code, level: 'county' as const })),
  });
  it('counts a prediction once, against a label whose span overlaps it, and scores its codes', () => {
    const q = scoreAgreements([p(0, 10, ['500111']), p(5, 8, ['500111']), p(50, 60, [])], [g('a', 0, 10), g('b', 20, 30), g('c', 52, 55, 'borderline')], within);
    expect([q.correct, q.predicted, q.clearFound, q.clearGold]).toEqual([2, 3, 1, 2]);
    expect(q.precision).toBeCloseTo(2 / 3);
    expect(q.recall).toBeCloseTo(1 / 2);
    expect(q.partyCodes).toMatchObject({ right: 1, of: 4 });
    expect(q.missed.map((x) => x.id)).toEqual(['b']);
  });

  it('counts a district inside the prefecture or province a label names as right, never a wider place', () => {
    // 东坡区 lies in 眉山市; 四川 does not stand for 眉山.
    expect(codeRight('511400', ['511402'], within)).toBe(true);
    expect(codeRight('510000', ['511402'], within)).toBe(true);
    expect(codeRight('500111', ['500000'], within)).toBe(false);
    expect(codeRight('511402', ['511400'], within)).toBe(false);
    expect(codeRight('511623', ['510000'], within)).toBe(false);
  });

  it('counts what a planner reaches with the suggested sentences: a missed clear label whose first sentence is suggested, and the suggestions that state any label', () => {
    const labels = [g('a', 0, 10), g('b', 20, 30), g('c', 52, 55, 'borderline'), { ...g('d', 70, 80), spans: [{ start: 70, end: 80 }, { start: 90, end: 95 }] }];
    const q = scoreAgreements([p(0, 10, ['500111'])], labels, within);
    const suggested = [{ article: 'a.txt', span: { start: 20, end: 30 } }, { article: 'a.txt', span: { start: 50, end: 60 } }, { article: 'a.txt', span: { start: 90, end: 95 } }, { article: 'a.txt', span: { start: 100, end: 110 } }, { article: 'b.txt', span: { start: 0, end: 10 } }];
    // b is reached (its sentence suggested); d's first sentence is not, only its second.
    expect(suggestionReach(q, labels, suggested)).toEqual({ reached: 2, of: 3, reach: 2 / 3, suggested: 5, stating: 3 });
  });

  it('reads a seed label\'s other quotes as other spans of the same agreement', () => {
    const text = '甲。乙签署协议。丙。';
    const l = fromGold({ id: 'x', article: 'a.txt', quote: '甲。', span: { start: 0, end: 2 }, kind: 'agreement', parties: [], clarity: 'clear', other_quotes: ['乙签署协议。', '没有'] }, text);
    expect(l.spans).toEqual([{ start: 0, end: 2 }, { start: 2, end: 8 }]);
  });
});

describe('extraction quality on the five seed articles (fixtures/gold.json; the rules were written from them: a tuning set)', () => {
  const predicted = articles.articles.flatMap((a) => extractAgreements({ file: a.file, text: texts.get(a.file)!, date: a.date }, gaz));
  const labels = (gold.agreements as GoldAgreement[]).map((g) => fromGold(g, texts.get(g.article)!));
  const q = scoreAgreements(predicted, labels, within);

  it(`meets the seed figures: recall ≥ ${FIGURES.seeds.recall} on clear agreements, precision ≥ ${FIGURES.seeds.precision}, party codes ≥ ${FIGURES.seeds.party}`, () => {
    report('seeds', q, articles.articles.length);
    expectFigures(q, FIGURES.seeds);
  });

  it('finds the agreements a planner in 大足 looks for first', () => {
    const dazu = predicted.filter((a) => a.parties.some((p) => p.code === '500111'));
    expect(dazu.map((a) => a.quote.replace(/\s+/gu, ''))).toEqual(
      expect.arrayContaining([expect.stringContaining('大足与四川眉山签署协议'), expect.stringContaining('濑溪河流域长效协调互动协议')]),
    );
  });
});

for (const [name, set] of Object.entries(SETS) as [keyof typeof SETS, (typeof SETS)[keyof typeof SETS]][]) {
  describe(`extraction quality on the ${name} set (${set.about}; labels in src/extract/fixtures/${name}/, texts in local-articles/${name}/)`, () => {
    it(`meets the figures when its texts are here: recall, precision and party codes ≥ ${FIGURES[name].recall}`, async (ctx) => {
      if (set.labels.size === 0) {
        console.info(`${name}: skipped — no labelled articles in src/extract/fixtures/${name}/`);
        return ctx.skip(`no labels in src/extract/fixtures/${name}/`);
      }
      const labelled = [...set.labels.values()].map((v) => labelledArticleSchema.parse(v));
      const missing = labelled.map((a) => a.id).filter((id) => !set.texts.has(id));
      if (missing.length) {
        const why = `${missing.length} of ${set.labels.size} texts are not in local-articles/${name}/ (third-party text stays out of the repository; see docs/agreements.md, "Test sets", and npm run corpus:check)`;
        console.info(`${name}: skipped — ${why}`);
        return ctx.skip(why);
      }
      const problems = (await Promise.all(labelled.map((a) => checkText(a, set.texts.get(a.id) as string)))).flat();
      expect(problems, 'the local texts must be the ones labelled').toEqual([]);
      const measure = (articles: typeof labelled) =>
        scoreAgreements(articles.flatMap((a) => extractAgreements({ file: articleFile(a), text: set.texts.get(a.id) as string, date: a.published ?? null }, gaz)), articles.flatMap(labelsOf), within);
      const barred = labelled.filter((a) => set.barred(a.id));
      const others = labelled.filter((a) => !set.barred(a.id));
      if (others.length) console.info(summary(`${name}, labelled to train the learned reading (no bar)`, measure(others), others.length));
      const q = measure(barred);
      report(name, q, barred.length);
      expectFigures(q, FIGURES[name]);
    });
  });
}
