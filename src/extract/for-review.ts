import type { Agreement } from '../data/agreement-schema';
import type { ArticleInput } from './agreements';
import { extractWithProgress } from './chunked';
import type { Gazetteer } from './gazetteer';
import { oneSideOf, partiesOf } from './parties';
import { committedModel, scoreSentence } from './sentence-model';
import { suggestionsOf, type Suggestion } from './suggestions';

export interface ForReview {
  agreements: Agreement[];
  /** Sentences that may state an agreement none of the proposals is about (suggestions.ts). */
  suggestions: Suggestion[];
}

/**
 * The proposals of an article a planner adds, in the browser or through the team server. A
 * planner accepts or rejects each one, so the learned sentence model is on here even while it
 * is off for the atlas's own file (geodata/agreements.json, read by nobody before it is shown):
 * on articles no rule was written from it finds about 4 more agreements in 100 for about 4
 * points of precision (docs/agreements.md), and each of its proposals says it is the model's.
 * Beside them, the sentences it finds likely to state one where nothing is proposed: a planner
 * reads those rather than the whole article for what the reading missed.
 */
export function extractForReview(article: ArticleInput, gaz: Gazetteer, progress: (done: number, total: number) => void): ForReview {
  const model = committedModel();
  const scored: Suggestion[] = [];
  const agreements = extractWithProgress(article, gaz, progress, {
    model,
    observe: ({ span, cues, proposed, sentence, ctx }) => {
      if (proposed) return;
      const side = ctx.circle ? null : oneSideOf(partiesOf(sentence.mentions), gaz);
      scored.push(side ? { span, score: scoreSentence(model, cues), oneSide: side } : { span, score: scoreSentence(model, cues) });
    },
  });
  return { agreements, suggestions: suggestionsOf(scored, agreements) };
}
