/**
 * A learned sentence scorer: how likely a sentence states an agreement, from its characters and a
 * few things the extractor already knows about it. Logistic regression over binary features —
 * character 1–3-grams of the sentence with places masked (so 与◇签署 is one feature whatever the
 * places), and cues: how many places it names and whether they cross the line, whether its
 * paragraph or the headline named both sides, whether a rule's act words are in it, its length.
 * Trained by scripts/train-sentence-model.ts on the seed and tuning labels only; the weights are
 * generated into sentence-weights.ts. Pure: no DOM or Node APIs.
 */
import { committedScoredReading, type ProposalModel, type ScoredReading } from './proposal-model';
import { packWeights, unpackWeights } from './packed-weights';
import { committedItemModel, itemModelEnabled, type ItemModel } from './item-model';
import { committedPartyModel, partyModelEnabled, partySentenceThreshold, type PartyModel } from './party-model';
import type { PlaceMention } from './places';
import { ITEM_WEIGHTS } from './item-weights';
import { SENTENCE_WEIGHTS } from './sentence-weights';

/** What the extractor knows of one sentence when it asks the model. */
export interface SentenceCues {
  /** The normalised sentence. */
  text: string;
  /** Its places, at their offsets in `text`. */
  mentions: readonly PlaceMention[];
  /** A headline or a line with no end mark. */
  headline: boolean;
  /** The paragraph has already named places on both sides of the line. */
  paragraphPair: boolean;
  /** The headline named places on both sides. */
  headlinePair: boolean;
  /** How many act patterns of the rules matched in it (whether or not they made an agreement). */
  triggers: number;
}

export interface SentenceModel {
  /** A sentence scoring at or above this is proposed when the rules propose nothing there. */
  threshold: number;
  /** Propose a sentence that speaks of a plan or a hope (将, 计划…) too; by default it is left out. */
  keepPlans?: boolean;
  bias: number;
  weights: ReadonlyMap<string, number>;
  /** The learned party resolution its proposals take their parties from (party-model.ts); none: partiesFor's, as the rules take them. */
  parties?: PartyModel | null;
  /** The learned item model that splits a flagged sentence into the agreements it names (item-model.ts); none: one proposal a sentence. */
  items?: ItemModel | null;
  /** The proposal scorer that judges each proposal as a whole (proposal-model.ts); none: every proposal is kept. */
  proposals?: ProposalModel | null;
  /** Drop a proposed thing that stands where a signer does (与X签署…; proposal-features.ts `signer`). */
  dropSigners?: boolean;
  /** Drop a proposal that names no thing agreed: a date, an aim, an event, a directive, a name cut inside a word (thing-name.ts). */
  dropNonThings?: boolean;
  /** Once per article (once.ts): a statement naming the same agreement as a surer one, whatever its parties, is folded into it. */
  once?: boolean;
  /** One thing per name (once.ts): beside a statement naming its thing, one of the same sentence naming none of its own (一致意见, 功能平台, a piece of the other's name) is dropped. */
  oneThing?: boolean;
  /** Propose a sentence that restates an agreement too (model-proposal.ts RESTATES), marked so for the proposal scorer; by default it is left out. */
  keepRestated?: boolean;
}

// Masks: a place of a district, prefecture or new area; a province; a body; a digit.
const PLACE = '\uE000';
const PROVINCE = '\uE001';
const BODY = '\uE002';
const BEGIN = '\u0002';
const END = '\u0003';
const MAX_CHARS = 400;

const maskOf = (m: PlaceMention) => (m.place.level === 'province' ? PROVINCE : m.place.level === 'organisation' ? BODY : PLACE);

/** The sentence with each place replaced by one mask character, digits as 0, whitespace gone. */
export function masked(text: string, mentions: readonly PlaceMention[]): string {
  let out = '';
  let at = 0;
  for (const m of mentions) {
    if (m.at < at || m.at < 0) continue;
    out += text.slice(at, m.at) + maskOf(m);
    at = m.end;
  }
  out += text.slice(at);
  return out.replace(/\s+/gu, '').replace(/\d/gu, '0');
}

const bucket = (n: number, edges: readonly number[]) => {
  let i = 0;
  while (i < edges.length && n > edges[i]!) i++;
  return i;
};

const SIGN = /(签署|签订|签约|缔结|达成)/u;
const DOC = /(协议|备忘录|意向书|方案|纪要|倡议)/u;
const MADE = /(联盟|中心|平台|机制|研究院|基地|园区|示范区|专班|窗口|基金|联席会)/u;
const TOGETHER = /(共同|联合|携手|共建|合力|双方|两地|三地)/u;
const FUTURE = /(将|拟|计划|争取|希望|下一步|力争|要)/u;

/**
 * The features of one sentence, each once. A long sentence is read for its first 400 characters
 * (an act is stated early; a run-on text stays linear).
 */
export function sentenceFeatures(c: SentenceCues): string[] {
  const out = new Set<string>();
  const text = c.text.length > MAX_CHARS ? c.text.slice(0, MAX_CHARS) : c.text;
  const s = BEGIN + masked(text, c.mentions) + END;
  for (let i = 0; i < s.length; i++) {
    out.add(s[i]!);
    if (i + 1 < s.length) out.add(s.slice(i, i + 2));
    if (i + 2 < s.length) out.add(s.slice(i, i + 3));
  }
  const codes = new Set<string>();
  const provinces = new Set<string>();
  for (const m of c.mentions) {
    if (m.place.code) codes.add(m.place.code);
    for (const p of m.place.provinces) provinces.add(p);
  }
  out.add(`#places${bucket(codes.size, [0, 1, 2])}`);
  if (provinces.has('500000') && provinces.has('510000')) out.add('#crosses');
  if (c.paragraphPair) out.add('#paragraph-pair');
  if (c.headlinePair) out.add('#headline-pair');
  if (c.headline) out.add('#headline');
  out.add(`#triggers${bucket(c.triggers, [0, 1])}`);
  out.add(`#length${bucket(c.text.length, [20, 50, 100, 200])}`);
  if (SIGN.test(text)) out.add('#sign');
  if (DOC.test(text)) out.add('#document');
  if (MADE.test(text)) out.add('#made');
  if (TOGETHER.test(text)) out.add('#together');
  if (FUTURE.test(text)) out.add('#future');
  return [...out];
}

export { packWeights, unpackWeights };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// (The review asks about a sentence twice, for a proposal and for a suggestion: its score is taken once.)
const scored = new WeakMap<SentenceCues, { weights: SentenceModel['weights']; score: number }>();

/** The model's probability that the sentence states an agreement (0 for an empty one). */
export function scoreSentence(model: SentenceModel, c: SentenceCues): number {
  const known = scored.get(c);
  if (known?.weights === model.weights) return known.score;
  let score = 0;
  if (c.text.trim()) {
    let z = model.bias;
    for (const f of sentenceFeatures(c)) z += model.weights.get(f) ?? 0;
    score = sigmoid(z);
  }
  scored.set(c, { weights: model.weights, score });
  return score;
}

/** The model as the generator packs it (packed-weights.ts; a sentence's whitespace is removed before its n-grams are taken). */
export function unpackModel(packed: { threshold: number; keepPlans: boolean; bias: number; weights: string }): SentenceModel {
  return { threshold: packed.threshold, keepPlans: packed.keepPlans, bias: packed.bias, weights: unpackWeights(packed.weights) };
}

let committed: SentenceModel | undefined;
/** The committed model (sentence-weights.ts), unpacked once, whether or not it is switched on. */
export function committedModel(): SentenceModel {
  // (Its proposals take the learned party model's parties when cross-validation switched that on.)
  const scored = committedScoredReading('review');
  committed ??= scored
    ? // The proposal scorer, when cross-validation switched it on for the review, with the gates it was trained behind.
      scoredModel(scored)
    : {
        ...unpackModel(SENTENCE_WEIGHTS),
        // (with the sentence threshold cross-validation chose for the learned reading).
        ...(partyModelEnabled() || itemModelEnabled() ? { threshold: partySentenceThreshold() } : {}),
        ...(partyModelEnabled() ? { parties: committedPartyModel() } : {}),
        ...(itemModelEnabled() ? { items: committedItemModel() } : {}),
      };
  return committed;
}

/** The model the extractor reads with by default: the committed one when it is switched on there, else none. */
export const defaultModel = (): SentenceModel | null => (SENTENCE_WEIGHTS.enabled ? committedModel() : null);

let alone: SentenceModel | undefined;
/**
 * The learned reading alone, with the settings cross-validation chose for it without the rules
 * (item-weights.ts `alone`): the sentence model's threshold, the item model's gate and threshold,
 * and the learned parties or partiesFor's. `npm run quality -- --learned` reads with it.
 */
export function learnedAloneModel(): SentenceModel {
  const a = ITEM_WEIGHTS.alone;
  const scored = committedScoredReading('alone');
  alone ??= scored
    ? // The proposal scorer, when cross-validation switched it on for the reading alone (proposal-weights.ts), with its gates.
      scoredModel(scored, { beside: false })
    : {
        ...unpackModel(SENTENCE_WEIGHTS),
        threshold: a.threshold,
        parties: a.parties ? committedPartyModel() : null,
        items: { ...committedItemModel(), threshold: a.itemThreshold, gate: a.gate },
      };
  return alone;
}

/** The committed models behind a reading's proposal scorer, with the gates and switches it was trained behind. */
function scoredModel(scored: ScoredReading, items: Partial<ItemModel> = {}): SentenceModel {
  return {
    ...unpackModel(SENTENCE_WEIGHTS),
    threshold: scored.sentence,
    // As the scorer was trained and chosen (train-proposal-model.ts modelOf), not the sentence model's own.
    keepPlans: scored.plans,
    keepRestated: scored.restated,
    parties: scored.learnedParties ? committedPartyModel() : null,
    items: { ...committedItemModel(), ...items, gate: scored.gate, threshold: scored.item, fields: scored.fields },
    proposals: scored.scorer,
    dropSigners: scored.dropSigners,
    dropNonThings: scored.dropNonThings,
    once: scored.once,
    oneThing: scored.oneThing,
  };
}
