import type { Agreement } from '../data/agreement-schema';
import type { ArticleInput } from './agreements';
import { extractWithProgress } from './chunked';
import type { Gazetteer } from './gazetteer';
import { domainsOf } from './classify';
import { modelTrigger } from './model-proposal';
import { oneSideOf, partiesOf, pruneParties } from './parties';
import { titlesOf } from './titles';
import { committedModel, scoreSentence } from './sentence-model';
import { SUGGEST_AT, suggestionsOf, type Suggestion } from './suggestions';

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
  // A suggestion's sentence as the model read it: drafted once the suggestions are known (few of those scored).
  const read = new Map<Suggestion, string>();
  const agreements = extractWithProgress(article, gaz, progress, {
    model,
    observe: ({ span, cues, proposed, sentence, ctx }) => {
      if (proposed) return;
      const s: Suggestion = { span, score: scoreSentence(model, cues) };
      // (Only what may be suggested is worth naming its places: most sentences score under SUGGEST_AT.)
      if (s.score >= SUGGEST_AT) {
        const named = pruneParties(partiesOf(sentence.mentions), gaz);
        if (named.length) {
          s.parties = named;
          read.set(s, cues.text);
        }
        const side = ctx.circle ? null : oneSideOf(named, gaz);
        if (side) s.oneSide = side;
      }
      scored.push(s);
    },
  });
  const suggestions = suggestionsOf(scored, agreements);
  for (const s of suggestions) {
    const text = read.get(s);
    if (text === undefined || !s.parties) continue;
    const act = modelTrigger(text);
    const domains = domainsOf(text, act.object);
    const titles = titlesOf(act, s.parties, domains, gaz);
    s.draft = { kind: act.kind, title_zh: titles.zh, title_en: titles.en, domains };
  }
  return { agreements, suggestions };
}
