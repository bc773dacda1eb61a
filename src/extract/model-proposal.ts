/**
 * An agreement the learned sentence model proposes where the rules proposed none (or, told to, an
 * item beside the rules' agreements of a sentence): its kind and
 * object from the sentence's nouns, its parties the way the rules take them (the sentence, then
 * the paragraph, the sentence before, the headline), always at the lowest confidence listed and
 * saying it was the model's. No parties on both sides of the line, no proposal.
 */
import type { Kind, Reason } from '../data/agreement-vocab';
import { FUTURE, NOT_FUTURE, partiesFor, type Found, type Sentence } from './act';
import { kindOfNoun, type Trigger } from './classify';
import type { ArticleContext } from './context';
import type { Gazetteer } from './gazetteer';
import { itemCandidates, NOUN, SIGN } from './item-candidates';
import { nameLead, NOT_A_THING } from './thing-name';
import { scoreItem } from './item-model';
import { itemMatches } from './item-names';
import { partyCandidates } from './party-candidates';
import { maskPlaces } from './candidate-features';
import { sharedHeadItems } from './shared-head';
import { proposalFeatures, type ProposalSource } from './proposal-features';
import { learnedParties, type PartyModel } from './party-model';
import { scoreSentence, sentenceFeatures, type SentenceCues, type SentenceModel } from './sentence-model';

/** The confidence of a proposal only the model makes: the lowest an agreement may have and still be listed. */
export const MODEL_CONFIDENCE = 0.5;

// 根据（合作）协议，双方将…; 双方约定…; 《协议》约定…; 此次签约，…; 该联盟由…; 联盟成立…必将…: an agreement or a body told again.
const RESTATES = /^(?:[^，。；]{0,12}[，,])?(?:根据|按照|依据|依照)[^，。；]{0,12}(?:协议|方案|备忘录|约定)|^[^，。；]{0,8}(?:双方|两地|《协议》|协议|方案|备忘录)(?:约定|明确|要求|提出|规定)|^[^，。；]{0,6}(?:此次|本次|这次)签约|^[^，。；]{0,4}(?:该|这一|此)?(?:联盟|平台|中心|机制)(?:由|成立|的成立|将|致力于)/u;

/** The act a sentence states in the model's reading: the first thing named that an agreement can be. */
export function modelTrigger(text: string): Trigger {
  NOUN.lastIndex = 0;
  const m = NOUN.exec(text);
  if (!m) {
    const kind: Kind = SIGN.test(text) ? 'agreement' : /(共建|共同建设|共同打造)/u.test(text) ? 'project' : 'mechanism';
    // No noun to name it by: the clause that says it was done together, read as a whole (its
    // subject and tense before the act, as for a rule's act).
    const clause = /[^，。；,;]*(?:共同|联合|携手|共建|合作|签)[^，。；,;]*/u.exec(text) ?? /[^，。；,;]+/u.exec(text);
    const at = clause ? clause.index + clause[0].replace(/[。！？!?]+$/u, '').length : text.length;
    const object = (clause?.[0] ?? text).replace(/[。！？!?]+$/u, '').slice(-24);
    return { kind, at, end: at, object, strength: 0.85 };
  }
  const end = m.index + m[0].length;
  const named = m[0].startsWith('《');
  const lead = named ? '' : nameLead(text, m.index).lead;
  const object = lead + m[0];
  const kind = kindOfNoun(object) ?? (named ? 'agreement' : SIGN.test(text) ? 'agreement' : 'mechanism');
  return { kind, at: end - object.length, end, object, strength: 0.85 };
}

/**
 * The proposals for a sentence the rules proposed nothing in, when the model scores it at or above
 * its threshold and two sides can be found: one for each item the item model picks (a sentence naming
 * three documents states three agreements), else one for the sentence's first thing named.
 */
export function modelProposals(model: SentenceModel, cues: SentenceCues, s: Sentence, ctx: ArticleContext, gaz: Gazetteer): Proposal[] {
  // The second stage: a sentence that tells what an agreement already told provides, or what a body
  // already founded is or does, restates it; it is no new one, whatever the model's score.
  // (Told to, it proposes them anyway, marked so for the proposal scorer to judge.)
  const restates = RESTATES.test(cues.text);
  if (restates && !model.keepRestated) return [];
  const proposals = sentenceProposals(model, cues, s, ctx, gaz);
  if (restates) for (const p of proposals) p.features.push('restates');
  return proposals;
}

function sentenceProposals(model: SentenceModel, cues: SentenceCues, s: Sentence, ctx: ArticleContext, gaz: Gazetteer): Proposal[] {
  const score = scoreSentence(model, cues);
  // The items the item model picks, in a sentence scoring at least its gate; else, at the sentence
  // model's own threshold, one proposal for the sentence's first thing named.
  const picked = pickedItems(model, cues, score);
  if (!picked.length) {
    if (score < model.threshold) return [];
    const whole: Picked = { trigger: modelTrigger(cues.text), score: null };
    return withParties(model, model.items?.fields ? byField(whole, cues) : [whole], s, ctx, gaz, 'sentence', score, cues);
  }
  return withParties(model, picked, s, ctx, gaz, 'item', score, cues);
}

/** A proposal of the learned reading, with what the proposal scorer reads of it (proposal-features.ts). */
export type Proposal = Found & { trigger: Trigger; features: string[] };

/**
 * Beside the rules (the item model's `beside`): in a sentence where the rules proposed, the items
 * the item model picks that none of the rules' agreements there names (`covered`: their objects; 签署了
 * 《A》《B》 where a rule took only 《A》). Never a proposal for the sentence as a whole: the rules'
 * agreements are that.
 */
export function besideProposals(model: SentenceModel, cues: SentenceCues, s: Sentence, ctx: ArticleContext, gaz: Gazetteer, covered: readonly string[]): Proposal[] {
  if (!model.items?.beside || RESTATES.test(cues.text)) return [];
  const score = scoreSentence(model, cues);
  const picked = pickedItems(model, cues, score).filter(({ trigger: t }) => !covered.some((o) => itemMatches(t.object, o) || itemMatches(o, t.object)));
  return withParties(model, picked, s, ctx, gaz, 'beside', score, cues);
}

/** The items the item model picks in a sentence the sentence model scored `score`, if that reaches its gate. */
function pickedItems(model: SentenceModel, cues: SentenceCues, score: number): Picked[] {
  const items = model.items;
  if (!items || score < items.gate) return [];
  const picked = itemCandidates(cues.text, cues.mentions)
    .map((c) => ({ trigger: c.trigger, score: scoreItem(items, c, score), extra: c.features.filter((f) => STRUCTURAL.test(f)).map((f) => `item-${f}`) }))
    .filter((c) => c.score >= items.threshold);
  return items.fields ? picked.flatMap((p) => byField(p, cues)) : picked;
}

// The item's features the proposal scorer reads too: its place in the sentence's structure (the verb
// before it and how far, a count or 等 after it, a plan, done together), not its characters.
const STRUCTURAL = /^(?:verb|verb-dist|index|items|future|together|place-in-name|place-before|etc-after|counted-after)\b/u;

/** A thing the learned reading proposes, with the item model's score (null: the sentence as a whole) and what the scorer is told of how it was read. */
type Picked = { trigger: Trigger; score: number | null; extra?: string[] };

/** 签署了交通、产业、生态环保3个协议: one item per named field (shared-head.ts), each marked so for the proposal scorer. */
function byField(p: Picked, cues: SentenceCues): Picked[] {
  const fields = sharedHeadItems(cues.text, maskPlaces(cues.text, cues.mentions), p.trigger);
  return fields ? fields.map((trigger) => ({ ...p, trigger, extra: [...(p.extra ?? []), 'field-of-list'] })) : [p];
}

function withParties(model: SentenceModel, picked: readonly Picked[], s: Sentence, ctx: ArticleContext, gaz: Gazetteer, source: ProposalSource, sentence: number, cues: SentenceCues): Proposal[] {
  const out: Proposal[] = [];
  if (picked.length === 0) return out;
  // (What the sentence says of itself, as the sentence model's cues read it: how many places, both sides, a signing word…)
  const said = sentenceFeatures(cues).filter((f) => f.length > 1 && f.startsWith('#') && !f.startsWith('#triggers'));
  const named = new Set(s.mentions.map((m) => m.place.code));
  for (const { trigger, score, extra } of picked) {
    const found = model.parties ? withLearnedParties(model.parties, trigger, s, ctx, gaz) : partiesFor(trigger, s, ctx, gaz);
    // The two provinces standing in for places nobody named are no parties found.
    // (Nor, unless the model says to keep them, is a plan or a hope: the rules keep those only when a partner states them too.)
    if (!found || found.reasons.has('province-parties') || (found.reasons.has('future') && !model.keepPlans)) continue;
    found.reasons.add('model');
    const inSentence = found.parties.filter((p) => named.has(p.code ?? '')).length;
    const features = proposalFeatures({ trigger, parties: found.parties, reasons: found.reasons }, { source, sentence, item: score, siblings: picked.length, inSentence }, s.text);
    features.push(...said);
    if ('agree' in found) features.push(`parties:${found.agree}`);
    if (extra) features.push(...extra);
    // (与中国科学院成都生物研究所签署…: a thing standing where a signer does is a party, not an agreement.)
    if (model.dropSigners && features.includes('signer')) continue;
    // (12月18日, 为聚焦…, …推介会, …工作部署, 行了首届…: a date, an aim, an event, a directive or a name cut inside a word is no thing agreed.)
    if (model.dropNonThings && features.some((x) => NOT_A_THING.test(x))) continue;
    out.push({ ...found, trigger, confidence: MODEL_CONFIDENCE, features });
  }
  return out;
}

/**
 * The act's parties as the learned party model picks them from every candidate around the sentence,
 * its doubts (a plan, an aim, an act denied) as partiesFor reads them; when the model finds no two
 * sides, partiesFor's parties if the model says to fall back on them.
 */
function withLearnedParties(model: PartyModel, trigger: Trigger, s: Sentence, ctx: ArticleContext, gaz: Gazetteer): (Found & { agree?: string }) | null {
  // (partiesFor first: it reads the context as it stands, and says whether the act is one at all.)
  const rules = partiesFor(trigger, s, ctx, gaz);
  const learned = learnedParties(model, partyCandidates(trigger, s, ctx, gaz), gaz);
  if (!learned) return model.fallback && rules ? { ...rules, agree: 'rules-only' } : null;
  if (rules) {
    // (Whether the rules' way found the same places: the proposal scorer reads it.)
    const key = (ps: readonly { code: string | null }[]) => [...new Set(ps.map((p) => p.code))].sort().join();
    const reasons = new Set<Reason>([...rules.reasons].filter((r) => r !== 'province-parties' && r !== 'context-parties'));
    if (learned.context) reasons.add('context-parties');
    return { parties: learned.parties, confidence: rules.confidence, reasons, agree: key(rules.parties) === key(learned.parties) ? 'as-rules' : 'not-as-rules' };
  }
  // partiesFor found no two sides: the tense is read as it reads it, from the sentence up to the act.
  const reasons = new Set<Reason>();
  if (learned.context) reasons.add('context-parties');
  if (FUTURE.test(s.text.slice(0, trigger.at).replace(NOT_FUTURE, ''))) reasons.add('future');
  return { parties: learned.parties, confidence: trigger.strength, reasons, agree: 'learned-only' };
}
