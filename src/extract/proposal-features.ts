/**
 * What the proposal scorer (proposal-model.ts) reads of one proposal of the learned reading: how it
 * was made (the sentence model's score, the item model's, which way it came), what it names (its
 * kind, its head noun, whether the name is a bare 合作协议 or a signer's name), its parties (how many,
 * from where), and — once the whole article is read — whether the same parties or the same thing
 * were proposed elsewhere in it. Structural on purpose: no character n-grams of the sentence, which
 * the sentence model already reads and which fit the tuning set's phrasing. Pure: no DOM or Node APIs.
 */
import type { Party } from '../data/agreement-schema';
import type { Reason } from '../data/agreement-vocab';
import type { Trigger } from './classify';
import { bucket } from './candidate-features';
import { itemMatches } from './item-names';
import { startsOnBoundary, thingFeatures } from './thing-name';
import { DOCUMENT, MADE } from './vocab';

/** How a proposal came: an item the item model picked, the sentence as a whole, or an item beside the rules' agreements. */
export type ProposalSource = 'item' | 'sentence' | 'beside';

const EDGES = [0.1, 0.3, 0.5, 0.7, 0.85, 0.95, 0.99];
const edges = (name: string, score: number) => EDGES.filter((e) => score >= e).map((e) => `${name}>=${e}`);

// An organisation's name: a signer, not a thing agreed (中国科学院成都生物研究所, 四川大学, 某某公司).
const ORGANISATION = /(?:研究所|研究院|大学|学院|学校|中学|小学|公司|集团|医院|银行|委员会|管委会|政府|局|厅|办公室|协会|商会)$/u;
// The bare name of a signing with no field (合作协议, 战略合作框架协议): it may be any agreement the article tells.
const BARE = /^(?:了|一份|一系列|相关|有关)?(?:战略)?(?:合作)?(?:框架)?(?:协议书?|备忘录|合作协议)$/u;
// 3个协议, 等5项机制: a counted group whose items the sentence may or may not name.
const COUNTED = /[0-9一二三四五六七八九十两]+[个项份条家]/u;
// Words that say what one signs rather than what one makes.
// The act's verb before the thing, by class: signed, set up, issued, or only worked on.
const VERB_CLASS: [string, RegExp][] = [
  ['sign', /(?:签署|签订|签约|缔结|达成)了?[^，。；]{0,30}$/u],
  ['setup', /(?:成立|组建|设立|建立|共建|揭牌|挂牌|搭建|打造|发起)了?[^，。；]{0,30}$/u],
  ['issue', /(?:印发|发布|出台|制定|编制|审议通过|通过)了?[^，。；]{0,30}$/u],
  ['work', /(?:推进|推动|深化|加强|落实|依托|围绕|根据|按照|探索|完善)[^，。；]{0,30}$/u],
];
// The thing named with an agreement's noun at its end (the sentence read as a whole may name none).
const AGREEMENT_NOUN = new RegExp(`(?:${DOCUMENT}|${MADE}|友好城市|友城|倡议|合作关系)[》”"]?$`, 'u');
const SIGN_AFTER = /^[^，。；]{0,3}(?:与|和|同|及|、)[^，。；]{0,30}(?:签署|签订|签约|合作|共建)/u;

/** The features a proposal has when it is made, from its sentence alone. */
export function proposalFeatures(p: { trigger: Trigger; parties: readonly Party[]; reasons: ReadonlySet<Reason> }, how: { source: ProposalSource; sentence: number; item: number | null; siblings: number; inSentence: number }, text: string): string[] {
  const f = new Set<string>();
  const object = p.trigger.object;
  f.add(`source:${how.source}`);
  for (const e of edges('sentence', how.sentence)) f.add(e);
  if (how.item !== null) for (const e of edges('item', how.item)) f.add(e);
  f.add(`kind:${p.trigger.kind}`);
  const named = object.includes('《');
  // (Its head noun only when it ends with one an agreement can be: a clause read as a whole has none worth learning.)
  const noun = AGREEMENT_NOUN.test(object);
  if (named) f.add('named');
  else if (noun) f.add(`head:${object.replace(/[》”"]+$/u, '').slice(-2)}`);
  if (BARE.test(object)) f.add('bare');
  if (!named && ORGANISATION.test(object)) f.add('organisation');
  if (!noun) f.add('no-noun');
  const lead = text.slice(0, p.trigger.at);
  f.add(`verb:${VERB_CLASS.find(([, re]) => re.test(lead))?.[0] ?? 'none'}`);
  f.add(`source-kind:${how.source}-${p.trigger.kind}`);
  // (与X签署…, X与Y签署…: the thing stands where a signer does.)
  if (SIGN_AFTER.test(text.slice(p.trigger.end)) || (/(?:与|和|同)$/u.test(text.slice(0, p.trigger.at)) && /^[^，。；]{0,4}(?:签署|签订|签约|共建|合作)/u.test(text.slice(p.trigger.end)))) f.add('signer');
  if (COUNTED.test(object) || COUNTED.test(text.slice(p.trigger.end, p.trigger.end + 5))) f.add('counted');
  f.add(`object-len:${bucket(object.length, [4, 8, 16, 30])}`);
  f.add(`siblings:${bucket(how.siblings, [1, 2, 4])}`);
  const codes = new Set(p.parties.map((x) => x.code));
  f.add(`parties:${bucket(codes.size, [2, 3, 5])}`);
  // (Parties the sentence names itself, against those taken from its context.)
  f.add(`in-sentence:${how.inSentence === 0 ? 'none' : how.inSentence >= codes.size ? 'all' : 'some'}`);
  const levels = new Set(p.parties.map((x) => x.level));
  for (const l of levels) f.add(`level:${l}`);
  if (levels.size === 1 && levels.has('province')) f.add('provinces-only');
  for (const r of p.reasons) if (r !== 'model') f.add(`reason:${r}`);
  f.add(`sentence-len:${bucket(text.length, [30, 60, 120, 250])}`);
  // (What the thing is: a date, an aim, an event, a directive, a name cut inside a word.)
  for (const w of thingFeatures(object, text.slice(p.trigger.end), !named && !startsOnBoundary(text, p.trigger.at))) f.add(w);
  return [...f];
}

/** One proposal as the whole article is read: its features so far, its parties and the thing it names. */
export interface ArticleProposal {
  features: string[];
  parties: readonly Party[];
  object: string;
  /** Where it stands in the article, 0 (its start) to 1. */
  at: number;
  headline: boolean;
}

/** The key of a proposal's parties: statements with the same key may be one agreement told twice. */
export const pairKey = (parties: readonly Party[]) => [...new Set(parties.map((p) => p.code ?? p.name))].sort().join('+');

/**
 * The features only the whole article gives: whether the rules or another proposal took the same
 * parties already, and the same thing (a restatement); whether the headline names the thing; where
 * in the article it stands. `samePair`: the article's other agreements with the same parties (the
 * rules' too; a few at most, so a long article stays linear).
 */
export function articleFeatures(p: ArticleProposal, samePair: readonly { object: string; rules: boolean; before: boolean | 'same' }[], headline: string): string[] {
  const f = [...p.features];
  if (samePair.some((o) => o.rules)) f.push('pair:rules');
  if (samePair.some((o) => !o.rules && o.before === 'same')) f.push('pair:same-sentence');
  if (samePair.some((o) => !o.rules && o.before === true)) f.push('pair:before');
  if (samePair.some((o) => !o.rules && o.before === false)) f.push('pair:after');
  const sameThing = samePair.filter((o) => itemMatches(p.object, o.object) || itemMatches(o.object, p.object));
  if (sameThing.some((o) => o.rules)) f.push('thing:rules');
  if (sameThing.some((o) => !o.rules)) f.push('thing:proposed');
  if (headline && !p.headline && itemMatches(p.object, headline.slice(0, 80))) f.push('thing:in-headline');
  f.push(`at:${bucket(Math.floor(p.at * 10), [0, 2, 5, 8])}`);
  return f;
}
