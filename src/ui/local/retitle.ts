import type { Gazetteer } from '../../extract/gazetteer';
import { titlesOf } from '../../extract/titles';
import type { PartyWords } from './review-model';

/** A document name no title has: asked for a title of it, the extractor writes "<parties>：《·》". */
const PROBE = '《·》';

/**
 * How the extractor's own title function (`src/extract/titles.ts`) names a list of parties, so a
 * proposal's title can follow the planner's change of parties: the title it gives a named
 * document, cut before the document (in English, before what kind of act it is).
 */
export function partyWordsOf(gaz: Gazetteer): PartyWords {
  return (parties, a) => {
    const t = titlesOf({ kind: a.kind, at: 0, end: 0, object: PROBE, strength: 1 }, [...parties], a.domains, gaz);
    const zh = t.zh.endsWith(`：${PROBE}`) ? t.zh.slice(0, -`：${PROBE}`.length) : '';
    const colon = t.en.indexOf(': ');
    return { zh, en: colon > 0 ? t.en.slice(0, colon) : '' };
  };
}

/** The same, its gazetteer built only when a title first has to follow (most reviews change no party). */
export function lazyPartyWords(build: () => Gazetteer): PartyWords {
  let words: PartyWords | null = null;
  return (parties, a) => (words ??= partyWordsOf(build()))(parties, a);
}
