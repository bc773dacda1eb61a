/**
 * npm run quality [-- --details] [-- --set seeds|tuning|unseen] [-- --prefix e-,f-] [-- --model | --learned]
 *
 * The extractor's figures on each labelled set, as the quality test measures them, and with
 * --details every miss, false alarm and wrong party with its sentence (for the local reader only:
 * tuning and unseen texts are a third party's and stay out of the repository and its docs).
 * --prefix measures the articles whose id starts with one of the prefixes apart from the rest: a
 * batch no rule was written from, beside the others. --model reads with the learned sentence model
 * on even when it is switched off (src/extract/sentence-weights.ts); on the seeds and tuning sets it
 * was trained on, that figure is no measure (see docs/sentence-model-cv.md for its cross-validation).
 * --learned reads with the learned reading alone, no rules (docs/party-model-cv.md).
 * --suggest reads as the review of an added article does (extractForReview: rules + the committed
 * learned reading, as --model) and also says what a planner reaches with the sentences it suggests
 * reading (src/extract/suggestions.ts): the clear labels a proposal matches or whose first sentence
 * is suggested, and how many suggested sentences state a labelled agreement.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agreement } from '../src/data/agreement-schema';
import { extractAgreements, type ArticleInput } from '../src/extract/agreements';
import { extractForReview } from '../src/extract/for-review';
import { articleFile, checkText, labelsOf } from '../src/extract/labels';
import { fromGold, scoreAgreements, suggestionReach, summary, type LabelledAgreement } from '../src/extract/quality';
import { readGold, readLabels, SETS, textDir } from './corpus';
import { loadGazetteer, seedArticles } from './extract';
import { readingOptions } from './reading-options';

const gaz = loadGazetteer();
const argv = process.argv.slice(2);
const details = argv.includes('--details');
const only = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : null;
const options = readingOptions(argv);
const suggest = argv.includes('--suggest');
const prefixes = argv.includes('--prefix') ? (argv[argv.indexOf('--prefix') + 1] ?? '').split(',').filter(Boolean) : [];

const oneLine = (s: string) => s.replace(/\s+/gu, '');

/** The seeds' or a set's articles read: as the CLI reads (the options above), or as the review does with --suggest. */
function read(articles: readonly ArticleInput[]) {
  const predicted: Agreement[] = [];
  const suggested: { article: string; span: { start: number; end: number } }[] = [];
  for (const a of articles) {
    if (!suggest) {
      predicted.push(...extractAgreements(a, gaz, options));
      continue;
    }
    const r = extractForReview(a, gaz, () => undefined);
    predicted.push(...r.agreements);
    suggested.push(...r.suggestions.map((s) => ({ article: a.file, span: s.span })));
  }
  return { predicted, suggested };
}

function show(name: string, texts: Map<string, string>, { predicted, suggested }: ReturnType<typeof read>, labels: LabelledAgreement[], n: number) {
  const q = scoreAgreements(predicted, labels, gaz.within);
  console.log(summary(name, q, n));
  if (suggest) {
    const r = suggestionReach(q, labels, suggested);
    console.log(`  with the suggested sentences read: ${r.reach.toFixed(3)} (${r.reached}/${r.of} clear); ${r.suggested} sentences suggested (${(r.suggested / n).toFixed(1)} an article), ${r.stating} of them (${(r.stating / Math.max(1, r.suggested)).toFixed(3)}) state a labelled agreement`);
  }
  if (!details) return;
  const at = (article: string, s: { start: number; end: number }) => oneLine(texts.get(article)!.slice(s.start, s.end));
  for (const m of q.missed) console.log(`  MISSED ${m.id} ${m.kind} [${m.parties.map((p) => `${p.name}:${p.code}`).join(' ')}]\n     ${at(m.article, m.spans[0]!)}`);
  for (const s of q.spurious) console.log(`  FALSE ${s.article.slice(0, 3)} ${s.kind} ${s.confidence} [${s.parties.map((p) => `${p.name}:${p.code}`).join(' ')}] ${s.title_zh}\n     ${oneLine(s.quote)}`);
  for (const w of q.wrongParties)
    console.log(
      `  PARTY ${w.label.id} lacks ${w.missing.join(',')}: label [${w.label.parties.map((p) => `${p.name}:${p.code}`).join(' ')}] got [${w.predicted.parties.map((p) => `${p.name}:${p.code}`).join(' ')}]\n     ${oneLine(w.predicted.quote)}`,
    );
}

if (!only || only === 'seeds') {
  const seeds = seedArticles();
  const gold = readGold();
  const texts = new Map(seeds.map((a) => [a.file, a.text]));
  show('seeds', texts, read(seeds), gold.map((g) => fromGold(g, texts.get(g.article)!)), seeds.length);
}
for (const set of SETS) {
  if (only && only !== set) continue;
  const labelled = readLabels(set);
  const present = labelled.filter((a) => existsSync(join(textDir(set), `${a.id}.txt`)));
  if (labelled.length === 0 || present.length === 0) {
    console.log(`${set}: not measured — ${labelled.length} labelled, ${present.length} texts in local-articles/${set}/ (npm run corpus:check)`);
    continue;
  }
  // (Texts restored from stored pages may miss a few: the set is measured on the rest, and says so.)
  if (present.length < labelled.length)
    console.log(`${set}: measured on the ${present.length} of ${labelled.length} articles whose texts are here; missing: ${labelled.filter((a) => !present.includes(a)).map((a) => a.id).join(', ')}`);
  const texts = new Map(present.map((a) => [articleFile(a), readFileSync(join(textDir(set), `${a.id}.txt`), 'utf8')]));
  const problems = (await Promise.all(present.map((a) => checkText(a, texts.get(articleFile(a))!)))).flat();
  if (problems.length) {
    console.log(`${set}: not measured — ${problems.join('; ')}`);
    continue;
  }
  const measure = (name: string, articles: typeof present) => {
    show(name, texts, read(articles.map((a) => ({ file: articleFile(a), text: texts.get(articleFile(a))!, date: a.published ?? null }))), articles.flatMap(labelsOf), articles.length);
  };
  if (!prefixes.length) measure(set, present);
  else {
    const inBatch = (a: (typeof present)[number]) => prefixes.some((p) => a.id.startsWith(p));
    measure(`${set} ${prefixes.length > 3 ? `batch (${prefixes.length} ids)` : prefixes.join('')}`, present.filter(inBatch));
    measure(`${set} other`, present.filter((a) => !inBatch(a)));
  }
}
