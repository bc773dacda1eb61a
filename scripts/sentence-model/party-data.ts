/**
 * What the party model is trained on: for each sentence of a seed or tuning article that states a
 * labelled agreement, every candidate party around it (src/extract/party-candidates.ts), positive
 * when it is a labelled party of an agreement stated there (or a place inside one, as the quality
 * test counts a code right); and for the item model, every thing each sentence names that an
 * agreement can be, positive when the labeller's title of an agreement stated there names it. Never
 * the held-out set.
 */
import { partiesFor } from '../../src/extract/act';
import { extractAgreements } from '../../src/extract/agreements';
import type { Gazetteer } from '../../src/extract/gazetteer';
import { itemCandidates, type ItemCandidate } from '../../src/extract/item-candidates';
import { itemMatches } from '../../src/extract/item-names';
import { modelTrigger } from '../../src/extract/model-proposal';
import { partyCandidates, type PartyCandidate } from '../../src/extract/party-candidates';
import { codeRight, overlaps } from '../../src/extract/quality';
import type { SentenceCues } from '../../src/extract/sentence-model';
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

export interface ItemExample {
  article: string;
  /** The sentence as the sentence model reads it (its score is a feature of the item model, out of fold). */
  cues: SentenceCues;
  candidates: (ItemCandidate & { positive: boolean })[];
}

/** Every sentence's items (rules alone reading), positive when a label stated in the sentence names it. */
export function itemExamplesOf(a: TrainingArticle, gaz: Gazetteer): ItemExample[] {
  const out: ItemExample[] = [];
  extractAgreements(a, gaz, {
    model: null,
    observe: ({ span, cues }) => {
      const items = itemCandidates(cues.text, cues.mentions);
      if (!items.length) return;
      const titles = a.labels.filter((g) => g.title && g.spans.some((s) => overlaps(s, span))).map((g) => g.title!);
      out.push({ article: a.file, cues, candidates: items.map((c) => ({ ...c, positive: titles.some((t) => itemMatches(c.trigger.object, t)) })) });
    },
  });
  return out;
}
