/**
 * How the command-line tools read an article: the default (the rules, and the sentence model if it
 * is switched on), `--model` (rules + the committed learned reading, as the review of an added article
 * reads), or `--learned` (the learned reading alone, no rules: the sentence, item and party models
 * with the settings cross-validation chose for them alone, docs/party-model-cv.md).
 */
import type { ExtractOptions } from '../src/extract/agreements';
import { committedModel, learnedAloneModel } from '../src/extract/sentence-model';

export const readingOptions = (argv: readonly string[]): ExtractOptions =>
  argv.includes('--learned') ? { model: learnedAloneModel(), rules: false } : argv.includes('--model') ? { model: committedModel() } : {};
