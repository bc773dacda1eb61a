/**
 * What the party model is trained on: for each sentence of a seed or tuning article that states a
 * labelled agreement, every candidate party around it (src/extract/party-candidates.ts), positive
 * when it is a labelled party of an agreement stated there (or a place inside one, as the quality
 * test counts a code right). Never the held-out set.
 */
import { partiesFor } from '../../src/extract/act';
import { extractAgreements } from '../../src/extract/agreements';
import type { Gazetteer } from '../../src/extract/gazetteer';
import { modelTrigger } from '../../src/extract/model-proposal';
import { partyCandidates, type PartyCandidate } from '../../src/extract/party-candidates';
import { codeRight, overlaps } from '../../src/extract/quality';
import type { TrainingArticle } from './data';

export interface PartyExample {
  article: string;
  span: { start: number; end: number };
  /** A clear agreement is stated in the sentence. */
  clear: boolean;
  /** The labelled codes of the agreements stated there (each label's, kept apart). */
  labels: string[][];
  candidates: (PartyCandidate & { positive: boolean })[];
  /** The codes partiesFor gives the model's reading of the sentence (null: no two sides). */
  rules: string[] | null;
}

/** The labelled sentences of an article with their candidates, read as the sentence model's proposals read them (rules alone otherwise). */
export function partyExamplesOf(a: TrainingArticle, gaz: Gazetteer): PartyExample[] {
  const out: PartyExample[] = [];
  extractAgreements(a, gaz, {
    model: null,
    observe: ({ span, cues, sentence, ctx }) => {
      const hit = a.labels.filter((g) => g.spans.some((s) => overlaps(s, span)));
      if (!hit.length) return;
      const labels = hit.map((g) => g.parties.map((p) => p.code).filter((c): c is string => c !== null));
      const codes = labels.flat();
      const trigger = modelTrigger(cues.text);
      const found = partiesFor(trigger, sentence, ctx, gaz);
      const candidates = partyCandidates(trigger, sentence, ctx, gaz).map((c) => ({ ...c, positive: codes.some((g) => codeRight(g, [c.code], gaz.within)) }));
      out.push({
        article: a.file,
        span,
        clear: hit.some((g) => g.clarity === 'clear'),
        labels,
        candidates,
        rules: found && !found.reasons.has('province-parties') ? found.parties.map((p) => p.code).filter((c): c is string => c !== null) : null,
      });
    },
  });
  return out;
}
