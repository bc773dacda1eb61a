/**
 * The first stage of the learned reading (the sentence, party and item models) fitted on the seed and
 * tuning articles outside some folds, with the settings npm run train and npm run train:parties chose
 * (docs/sentence-model-cv.md, docs/party-model-cv.md): what the proposal scorer's training needs to
 * read each article with models that never saw it — outside its own fold for the scorer's test, and
 * outside two folds (its own and the scorer's test fold) for the scorer's training rows (nested).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../../src/extract/gazetteer';
import { sentenceScoreFeatures } from '../../src/extract/item-model';
import { scoreSentence } from '../../src/extract/sentence-model';
import { sentencesOf, trainingArticles, type TrainingArticle } from './data';
import { foldsOf, K } from './folds';
import { train, type TrainSettings } from './logistic';
import { itemExamplesOf, partyExamplesOf } from './party-data';

// The settings cross-validation chose (npm run train: 1–2-grams with the cues, 4,000 features, as
// train:parties refits it; npm run train:parties: the party and item models').
const SENTENCE: TrainSettings = { minCount: 2, l2: 1e-3, epochs: 8, positiveWeight: 1, keep: 4000 };
// (The party and item settings are read from the header train:parties writes into their weights, so a
// retraining on more articles that chooses others is followed here.)
const chosenBy = (file: string): TrainSettings => {
  const m = /L2 ([\d.e-]+), (\d+) features, (\d+) epochs/u.exec(readFileSync(join(import.meta.dirname, '../../src/extract', file), 'utf8').slice(0, 400));
  if (!m) throw new Error(`src/extract/${file}: no settings in its header (run npm run train:parties)`);
  return { minCount: 2, l2: Number(m[1]), keep: Number(m[2]), epochs: Number(m[3]), positiveWeight: 1 };
};
const PARTY = chosenBy('party-weights.ts');
const ITEM = chosenBy('item-weights.ts');
const twoGrams = (fs: readonly string[]) => fs.filter((f) => (f.startsWith('#') && f.length > 1 ? true : f.length <= 2));

export type Logistic = ReturnType<typeof train>;
export interface StageOne {
  sentence: Logistic;
  party: Logistic;
  item: Logistic;
}

/** The training rows of every article, read once, and a way to fit the first stage without some folds. */
export async function stageOneData(gaz: Gazetteer, variant: { select?: (features: readonly string[]) => string[]; settings?: TrainSettings } = {}) {
  const select = variant.select ?? twoGrams;
  const settings = variant.settings ?? SENTENCE;
  const articles: TrainingArticle[] = await trainingArticles();
  const fold = foldsOf(articles);
  const foldOf = (x: { article: string }) => fold.get(x.article)!;
  const sentences = articles.flatMap((a) => sentencesOf(a, gaz)).map((x) => ({ article: x.article, features: select(x.features), positive: x.labelled }));
  const candidates = articles.flatMap((a) => partyExamplesOf(a, gaz)).flatMap((e) => e.candidates.map((c) => ({ article: e.article, features: c.features, positive: c.positive })));
  const itemSentences = articles.flatMap((a) => itemExamplesOf(a, gaz));
  // (The sentence model outside a set of folds, fitted once: the nested fits share them.)
  const sentenceModels = new Map<string, Logistic>();
  const sentenceWithout = (exclude: readonly number[]) => {
    const key = [...new Set(exclude)].sort().join();
    let m = sentenceModels.get(key);
    if (!m) sentenceModels.set(key, (m = train(sentences.filter((x) => !exclude.includes(foldOf(x))), settings)));
    return m;
  };
  const fit = (exclude: readonly number[]): StageOne => {
    const keep = (x: { article: string }) => !exclude.includes(foldOf(x));
    const sentence = sentenceWithout(exclude);
    // Each item's sentence scored by this stage's own sentence model, as the extractor reads it
    // (the item model's training rows are in-sample for it: the item model learns how far to trust it
    // from rows it was fitted on, as npm run train:parties does with the out-of-fold scores).
    const oof = Array.from({ length: K }, (_, k) => (exclude.includes(k) ? null : sentenceWithout([...exclude, k])));
    const items = itemSentences.filter(keep).flatMap((e) => {
      const score = scoreSentence({ ...oof[foldOf(e)]!, threshold: 1 }, e.cues);
      return e.candidates.map((c) => ({ features: [...c.features, ...sentenceScoreFeatures(score)], positive: c.positive }));
    });
    return { sentence, party: train(candidates.filter(keep), PARTY), item: train(items, ITEM) };
  };
  return { articles, fold, fit };
}
