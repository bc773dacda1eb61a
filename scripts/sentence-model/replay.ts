/**
 * tsx scripts/sentence-model/replay.ts IDS OLD.json [IDS2 OLD2.json …]
 *
 * What the sentence model would have added to rules that had not been written from some articles:
 * IDS lists tuning articles (one id a line) that were held out while an older extractor's rules were
 * written, OLD.json that older extractor's agreements for them (made by running it from the git
 * history, e.g. `git archive <commit> src scripts … | tar -x` and its extractAgreements). The model is
 * trained on every other seed and tuning article — never on the batch, never on the held-out set —
 * without the cue of the current rules' act patterns (those were written from the batch since), and
 * proposes where the old rules proposed nothing. Prints old rules alone and old rules + model.
 */
import { readFileSync } from 'node:fs';
import type { Agreement } from '../../src/data/agreement-schema';
import { extractAgreements } from '../../src/extract/agreements';
import { overlaps, scoreAgreements, summary } from '../../src/extract/quality';
import { loadGazetteer } from '../extract';
import { sentencesOf, trainingArticles } from './data';
import { train } from './logistic';

const args = process.argv.slice(2);
const gaz = loadGazetteer();
const articles = await trainingArticles();
const sentences = articles.flatMap((a) => sentencesOf(a, gaz));
const noActCue = (fs: readonly string[]) => fs.filter((f) => !f.startsWith('#triggers'));

for (let i = 0; i + 1 < args.length; i += 2) {
  const ids = new Set(readFileSync(args[i]!, 'utf8').split('\n').filter(Boolean).map((id) => `${id}.txt`));
  const old = JSON.parse(readFileSync(args[i + 1]!, 'utf8')) as Agreement[];
  const batch = articles.filter((a) => ids.has(a.file));
  const { bias, weights } = train(
    sentences.filter((x) => !ids.has(x.article)).map((x) => ({ features: noActCue(x.features), positive: x.labelled })),
    { minCount: 2, l2: 1e-3, epochs: 16, positiveWeight: 1, keep: 4000 },
  );
  const labels = batch.flatMap((a) => a.labels);
  console.log(`${args[i]}: ${batch.length} articles`);
  console.log(`  ${summary('old rules alone', scoreAgreements(old, labels, gaz.within), batch.length)}`);
  for (const threshold of [0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99]) {
    const model = { bias, weights, threshold };
    const added = batch.flatMap((a) => extractAgreements(a, gaz, { rules: false, model })).filter((p) => !old.some((o) => o.article === p.article && overlaps(o.span, p.span)));
    const q = scoreAgreements([...old, ...added], labels, gaz.within);
    const wrong = new Set(q.spurious);
    console.log(`  ${summary(`+ model ≥ ${threshold}`, q, batch.length)}; ${added.length} added, ${added.filter((p) => !wrong.has(p)).length} matching a label`);
  }
}

