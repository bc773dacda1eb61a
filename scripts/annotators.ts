/**
 * npm run annotators
 *
 * How far two people agree when they label the same articles, measured exactly as the extractor is
 * (src/extract/quality.ts): the second annotator's labels stand in for predictions against the
 * first annotator's, and the other way round. That is the ceiling a recall or precision figure of
 * the extractor can be read against: a figure no careful second reader reaches is not a fair goal
 * for rules either.
 *
 * First annotator: src/extract/fixtures/unseen/<id>.json (the held-out labels). Second annotator:
 * src/extract/fixtures/second-annotator/<id>.json, made from the text alone by someone who had seen
 * neither the first labels nor the extractor's output. Only spans, codes and clarity are compared,
 * so no article text is needed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agreement } from '../src/data/agreement-schema';
import { labelledArticleSchema, labelsOf, type LabelledArticle } from '../src/extract/labels';
import { scoreAgreements, summary, type LabelledAgreement } from '../src/extract/quality';
import { loadGazetteer } from './extract';

const ROOT = join(import.meta.dirname, '..');
const FIRST = join(ROOT, 'src/extract/fixtures/unseen');
const SECOND = join(ROOT, 'src/extract/fixtures/second-annotator');

const read = (dir: string) =>
  new Map(
    (existsSync(dir) ? readdirSync(dir) : [])
      .filter((f) => f.endsWith('.json'))
      .map((f) => labelledArticleSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))))
      .map((a) => [a.id, a] as const),
  );

/** A label read as a prediction: its first sentence and its parties, as the extractor would give them. */
export function asPrediction(g: LabelledAgreement): Agreement {
  return {
    id: g.id, article: g.article, span: g.spans[0]!, quote: '', title_zh: '', title_en: '', kind: g.kind as Agreement['kind'],
    date: null, domains: [], confidence: g.clarity === 'clear' ? 0.9 : 0.5,
    parties: g.parties.map((p) => ({ name: p.name, code: p.code, level: 'county' as const })),
  };
}

export function compare(first: LabelledArticle[], second: LabelledArticle[], within: (code: string) => readonly string[]) {
  const a = first.flatMap(labelsOf);
  const b = second.flatMap(labelsOf);
  return {
    secondAll: scoreAgreements(b.map(asPrediction), a, within),
    secondClear: scoreAgreements(b.filter((g) => g.clarity === 'clear').map(asPrediction), a, within),
    firstAll: scoreAgreements(a.map(asPrediction), b, within),
  };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const first = read(FIRST);
  const second = read(SECOND);
  const both = [...second.keys()].filter((id) => first.has(id));
  const differ = both.filter((id) => first.get(id)!.text_sha256 !== second.get(id)!.text_sha256);
  if (differ.length) throw new Error(`labelled on different texts: ${differ.join(', ')}`);
  if (!both.length) {
    console.log(`no article labelled by both annotators (${FIRST}, ${SECOND})`);
    process.exit(0);
  }
  const gaz = loadGazetteer();
  const q = compare(both.map((id) => first.get(id)!), both.map((id) => second.get(id)!), gaz.within);
  console.log(`${both.length} articles labelled by both annotators (${[...new Set(both.map((id) => id.split('-')[0]))].join(', ')})`);
  console.log(summary('second annotator, all labels, against the first', q.secondAll, both.length));
  console.log(summary('second annotator, clear labels only, against the first', q.secondClear, both.length));
  console.log(summary('first annotator, all labels, against the second', q.firstAll, both.length));
  if (process.argv.includes('--details'))
    for (const m of q.secondAll.missed) console.log(`  first's clear label no second label meets: ${m.id} ${m.kind} [${m.parties.map((p) => p.code).join(' ')}]`);
}
