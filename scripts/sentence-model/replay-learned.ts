/**
 * tsx scripts/sentence-model/replay-learned.ts IDS OLD.json [IDS2 OLD2.json …]
 *
 * What the learned reading (the sentence, item and party models) would have added to rules that had
 * not been written from some articles — replay.ts's question for round 8. IDS lists tuning articles
 * held out while an older extractor's rules were written, OLD.json that older extractor's agreements
 * for them (run from the git history, see replay.ts). Every model is trained on every other seed and
 * tuning article — never on the batch, never on the held-out set — the sentence model without the cue
 * of today's act patterns; the item model stacked on out-of-fold sentence scores as
 * train-party-model.ts does. Prints old rules alone, old rules + each reading where they proposed
 * nothing (and, with items, beside them too: the items none of their agreements names), and each
 * reading alone.
 */
import { readFileSync } from 'node:fs';
import type { Agreement } from '../../src/data/agreement-schema';
import { partiesFor } from '../../src/extract/act';
import { extractAgreements } from '../../src/extract/agreements';
import { sentenceScoreFeatures } from '../../src/extract/item-model';
import { itemMatches } from '../../src/extract/item-names';
import { ITEM_WEIGHTS } from '../../src/extract/item-weights';
import { modelTrigger } from '../../src/extract/model-proposal';
import { partyCandidates } from '../../src/extract/party-candidates';
import { learnedParties } from '../../src/extract/party-model';
import { PARTY_WEIGHTS } from '../../src/extract/party-weights';
import { overlaps, scoreAgreements, summary } from '../../src/extract/quality';
import { scoreSentence, type SentenceModel } from '../../src/extract/sentence-model';
import { loadGazetteer } from '../extract';
import { sentencesOf, trainingArticles } from './data';
import { foldsOf, K } from './folds';
import { train, type TrainSettings } from './logistic';
import { itemExamplesOf, partyExamplesOf } from './party-data';

const args = process.argv.slice(2);
// What a title says was agreed, its parties (大足、眉山：) left out.
const objectOf = (title: string) => title.slice(title.indexOf('：') + 1);
const gaz = loadGazetteer();
const articles = await trainingArticles();
const fold = foldsOf(articles);
const sentences = articles.flatMap((a) => sentencesOf(a, gaz));
const parties = articles.flatMap((a) => partyExamplesOf(a, gaz)).flatMap((e) => e.candidates.map((c) => ({ ...c, article: e.article })));
const itemSentences = articles.flatMap((a) => itemExamplesOf(a, gaz));
// The committed settings (npm run train, npm run train:parties), the act-pattern cue left out.
const SENTENCE: TrainSettings = { minCount: 2, l2: 1e-3, epochs: 8, positiveWeight: 1, keep: 4000 };
const features = (fs: readonly string[]) => fs.filter((f) => (f.startsWith('#') && f.length > 1 ? !f.startsWith('#triggers') : f.length <= 2));
const sentenceModel = (keep: (article: string) => boolean) => train(sentences.filter((x) => keep(x.article)).map((x) => ({ features: features(x.features), positive: x.labelled })), SENTENCE);

// Every batch's predictions and labels, by reading, for the figures of all batches together.
const together = new Map<string, { predicted: Agreement[]; labels: typeof articles[number]['labels']; n: number }>();
const keep = (name: string, predicted: Agreement[], labels: typeof articles[number]['labels'], n: number) => {
  const t = together.get(name) ?? { predicted: [], labels: [], n: 0 };
  together.set(name, { predicted: [...t.predicted, ...predicted], labels: [...t.labels, ...labels], n: t.n + n });
};
for (let i = 0; i + 1 < args.length; i += 2) {
  const ids = new Set(readFileSync(args[i]!, 'utf8').split('\n').filter(Boolean).map((id) => `${id}.txt`));
  const old = JSON.parse(readFileSync(args[i + 1]!, 'utf8')) as Agreement[];
  const batch = articles.filter((a) => ids.has(a.file));
  const rest = (article: string) => !ids.has(article);
  const sentences1 = sentenceModel(rest);
  // Out-of-fold sentence scores for the other articles' items (the models of the folds without them, the batch left out).
  const byFold = Array.from({ length: K }, (_, k) => sentenceModel((a) => rest(a) && fold.get(a) !== k));
  const items = itemSentences.filter((e) => rest(e.article)).flatMap((e) => {
    const score = scoreSentence({ ...byFold[fold.get(e.article)!]!, threshold: 1 }, e.cues);
    return e.candidates.map((c) => ({ features: [...c.features, ...sentenceScoreFeatures(score)], positive: c.positive }));
  });
  const itemModel = train(items, { minCount: 2, l2: 1e-3, epochs: 8, positiveWeight: 1, keep: 4000 });
  const partyModel = train(parties.filter((c) => rest(c.article)), { minCount: 2, l2: 1e-2, epochs: 8, positiveWeight: 1, keep: 4000 });
  const a = ITEM_WEIGHTS.alone;
  const readings: [string, SentenceModel][] = [
    ['sentence model ≥ 0.97 (round 7)', { ...sentences1, threshold: 0.97 }],
    [`learned reading as the review reads (model ≥ ${PARTY_WEIGHTS.threshold}, learned parties, items ≥ ${ITEM_WEIGHTS.threshold} in sentences ≥ ${ITEM_WEIGHTS.gate})`, { ...sentences1, threshold: PARTY_WEIGHTS.threshold, parties: { ...partyModel, side: PARTY_WEIGHTS.side, keep: PARTY_WEIGHTS.keep, fallback: PARTY_WEIGHTS.fallback }, items: { ...itemModel, threshold: ITEM_WEIGHTS.threshold, gate: ITEM_WEIGHTS.gate } }],
    [`learned reading alone's setting (model ≥ ${a.threshold}, items ≥ ${a.itemThreshold} in sentences ≥ ${a.gate}, ${a.parties ? 'learned parties' : 'partiesFor'})`, { ...sentences1, threshold: a.threshold, parties: a.parties ? { ...partyModel, side: PARTY_WEIGHTS.side, keep: PARTY_WEIGHTS.keep, fallback: false } : null, items: { ...itemModel, threshold: a.itemThreshold, gate: a.gate } }],
    [`the same with learned parties`, { ...sentences1, threshold: a.threshold, parties: { ...partyModel, side: PARTY_WEIGHTS.side, keep: PARTY_WEIGHTS.keep, fallback: false }, items: { ...itemModel, threshold: a.itemThreshold, gate: a.gate } }],
  ];
  const labels = batch.flatMap((x) => x.labels);
  // The old rules' own agreements with their parties read again by the learned party model (trained without the batch).
  const reread = new Map<Agreement, Agreement['parties']>();
  // (And by today's partiesFor from the same reading of the sentence: how much is today's place finding, not the learning.)
  const rereadRules = new Map<Agreement, Agreement['parties']>();
  const pm = { ...partyModel, side: PARTY_WEIGHTS.side, keep: PARTY_WEIGHTS.keep, fallback: false };
  for (const x of batch)
    extractAgreements(x, gaz, {
      model: null,
      observe: ({ span, sentence, ctx }) => {
        for (const o of old.filter((o) => o.article === x.file && overlaps(o.span, span) && !reread.has(o))) {
          const found = learnedParties(pm, partyCandidates(modelTrigger(sentence.text), sentence, ctx, gaz), gaz);
          if (found) reread.set(o, found.parties);
          const rules = partiesFor(modelTrigger(sentence.text), sentence, ctx, gaz);
          if (rules && !rules.reasons.has('province-parties')) rereadRules.set(o, rules.parties);
        }
      },
    });
  const oldReread = old.map((o) => ({ ...o, parties: reread.get(o) ?? o.parties }));
  console.log(`${args[i]}: ${batch.length} articles, ${labels.filter((g) => g.clarity === 'clear').length} clear`);
  console.log(`  ${summary('old rules alone', scoreAgreements(old, labels, gaz.within), batch.length)}`);
  keep('old rules alone', old, labels, batch.length);
  console.log(`  ${summary(`old rules, parties read by the learned party model (${reread.size} of ${old.length})`, scoreAgreements(oldReread, labels, gaz.within), batch.length)}`);
  keep('old rules, parties read by the learned party model', oldReread, labels, batch.length);
  const oldRules = old.map((o) => ({ ...o, parties: rereadRules.get(o) ?? o.parties }));
  console.log(`  ${summary(`old rules, parties read by today's partiesFor (${rereadRules.size} of ${old.length})`, scoreAgreements(oldRules, labels, gaz.within), batch.length)}`);
  keep("old rules, parties read by today's partiesFor", oldRules, labels, batch.length);
  for (const [name, model] of readings) {
    const alone = batch.flatMap((x) => extractAgreements(x, gaz, { rules: false, model: { ...model, keepPlans: false } }));
    const added = alone.filter((p) => !old.some((o) => o.article === p.article && overlaps(o.span, p.span)));
    const q = scoreAgreements([...old, ...added], labels, gaz.within);
    const wrong = new Set(q.spurious);
    console.log(`  ${summary(`old rules + ${name}`, q, batch.length)}; ${added.length} added, ${added.filter((p) => !wrong.has(p)).length} matching a label`);
    console.log(`  ${summary(`${name}, alone`, scoreAgreements(alone, labels, gaz.within), batch.length)}`);
    keep(`old rules + ${name}`, [...old, ...added], labels, batch.length);
    keep(`${name}, alone`, alone, labels, batch.length);
    if (!model.items) continue;
    // Beside the old rules (the item model's beside): the items it picks (the sentence model's own
    // proposal kept out by a threshold no score reaches) in the old rules' sentences, that none of
    // their agreements there names — their titles standing in for the rules' objects, as the
    // extractor's test (itemMatches) reads them either way round.
    const items = batch.flatMap((x) => extractAgreements(x, gaz, { rules: false, model: { ...model, threshold: 2, keepPlans: false } }));
    const beside = items.filter((p) => {
      const here = old.filter((o) => o.article === p.article && overlaps(o.span, p.span));
      return here.length > 0 && !here.some((o) => itemMatches(objectOf(p.title_zh), o.title_zh) || itemMatches(objectOf(o.title_zh), p.title_zh));
    });
    const qb = scoreAgreements([...old, ...added, ...beside], labels, gaz.within);
    const wrongB = new Set(qb.spurious);
    console.log(`  ${summary(`old rules + ${name}, beside the rules too`, qb, batch.length)}; ${beside.length} beside, ${beside.filter((p) => !wrongB.has(p)).length} matching a label`);
    keep(`old rules + ${name}, beside the rules too`, [...old, ...added, ...beside], labels, batch.length);
  }
}
console.log('all batches:');
for (const [name, t] of together) console.log(`  ${summary(name, scoreAgreements(t.predicted, t.labels, gaz.within), t.n)}`);
