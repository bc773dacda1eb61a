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
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agreement } from '../src/data/agreement-schema';
import { extractAgreements } from '../src/extract/agreements';
import { articleFile, checkText, labelsOf } from '../src/extract/labels';
import { fromGold, scoreAgreements, summary, type LabelledAgreement } from '../src/extract/quality';
import { readGold, readLabels, SETS, textDir } from './corpus';
import { loadGazetteer, seedArticles } from './extract';
import { readingOptions } from './reading-options';

const gaz = loadGazetteer();
const argv = process.argv.slice(2);
const details = argv.includes('--details');
const only = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : null;
const options = readingOptions(argv);
const prefixes = argv.includes('--prefix') ? (argv[argv.indexOf('--prefix') + 1] ?? '').split(',').filter(Boolean) : [];

const oneLine = (s: string) => s.replace(/\s+/gu, '');

function show(name: string, texts: Map<string, string>, predicted: Agreement[], labels: LabelledAgreement[], n: number) {
  const q = scoreAgreements(predicted, labels, gaz.within);
  console.log(summary(name, q, n));
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
  show('seeds', texts, seeds.flatMap((a) => extractAgreements(a, gaz, options)), gold.map((g) => fromGold(g, texts.get(g.article)!)), seeds.length);
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
    const predicted = articles.flatMap((a) => extractAgreements({ file: articleFile(a), text: texts.get(articleFile(a))!, date: a.published ?? null }, gaz, options));
    show(name, texts, predicted, articles.flatMap(labelsOf), articles.length);
  };
  if (!prefixes.length) measure(set, present);
  else {
    const inBatch = (a: (typeof present)[number]) => prefixes.some((p) => a.id.startsWith(p));
    measure(`${set} ${prefixes.length > 3 ? `batch (${prefixes.length} ids)` : prefixes.join('')}`, present.filter(inBatch));
    measure(`${set} other`, present.filter((a) => !inBatch(a)));
  }
}
