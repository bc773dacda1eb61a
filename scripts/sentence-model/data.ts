/**
 * What the sentence model is trained on: the seed articles with their gold labels and the tuning
 * articles with theirs — never the held-out (unseen) set. Each sentence the extractor reads is one
 * example, positive when a labelled agreement's span overlaps it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAgreements, type ArticleInput } from '../../src/extract/agreements';
import type { Gazetteer } from '../../src/extract/gazetteer';
import { articleFile, checkText, labelsOf } from '../../src/extract/labels';
import { fromGold, overlaps, type LabelledAgreement } from '../../src/extract/quality';
import { sentenceFeatures, type SentenceCues } from '../../src/extract/sentence-model';
import { readGold, readLabels, textDir } from '../corpus';
import { seedArticles } from '../extract';

export interface TrainingArticle extends ArticleInput {
  set: 'seeds' | 'tuning';
  labels: LabelledAgreement[];
}

export interface TrainingSentence {
  article: string;
  span: { start: number; end: number };
  cues: SentenceCues;
  features: string[];
  /** The rules proposed an agreement in it. */
  proposed: boolean;
  /** A labelled agreement (clear or borderline) is stated in it. */
  labelled: boolean;
  /** A clear one is. */
  clear: boolean;
  /**
   * A labelled agreement is stated in it that the rules found nowhere (no sentence of its spans
   * proposed), or the rules proposed in it: what the model should add to the rules, and what a
   * statement looks like. A sentence telling again an agreement the rules found elsewhere is not.
   */
  fresh: boolean;
}

/** The seed and tuning articles with their labels; stops with the reason when a tuning text is missing or not the one labelled. */
export async function trainingArticles(): Promise<TrainingArticle[]> {
  const gold = readGold();
  const seeds: TrainingArticle[] = seedArticles().map((a) => ({ ...a, set: 'seeds', labels: gold.filter((g) => g.article === a.file).map((g) => fromGold(g, a.text)) }));
  const tuning: TrainingArticle[] = [];
  for (const a of readLabels('tuning')) {
    const path = join(textDir('tuning'), `${a.id}.txt`);
    if (!existsSync(path)) throw new Error(`local-articles/tuning/${a.id}.txt is missing: restore the tuning texts (npm run corpus:import, see docs/agreements.md)`);
    const text = readFileSync(path, 'utf8');
    const problems = await checkText(a, text);
    if (problems.length) throw new Error(problems.join('; '));
    tuning.push({ file: articleFile(a), text, date: a.published ?? null, set: 'tuning', labels: labelsOf(a) });
  }
  return [...seeds, ...tuning];
}

/** Every sentence of an article as the extractor reads it (rules alone), with its label. */
export function sentencesOf(a: TrainingArticle, gaz: Gazetteer): TrainingSentence[] {
  const out: (TrainingSentence & { hit: LabelledAgreement[] })[] = [];
  extractAgreements(a, gaz, {
    model: null,
    observe: ({ span, cues, proposed }) => {
      const hit = a.labels.filter((g) => g.spans.some((s) => overlaps(s, span)));
      out.push({ article: a.file, span, cues, features: sentenceFeatures(cues), proposed, labelled: hit.length > 0, clear: hit.some((g) => g.clarity === 'clear'), fresh: false, hit });
    },
  });
  const found = new Set(out.filter((x) => x.proposed).flatMap((x) => x.hit));
  return out.map(({ hit, ...x }) => ({ ...x, fresh: x.proposed ? x.labelled : hit.some((g) => !found.has(g)) }));
}
