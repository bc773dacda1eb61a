/**
 * Who might be a party of the act one sentence states: every place or body named in the sentence,
 * in the places the paragraph last named together, the sentence before, the speaker, the headline
 * and the places the article names most — each once, by its code, with what a learned party model
 * reads of it (party-model.ts). Where partiesFor (act.ts) takes the first source that completes two
 * sides, this keeps every source and lets the weights say which to believe.
 */
import type { Trigger } from './classify';
import type { Sentence } from './act';
import type { ArticleContext } from './context';
import type { Gazetteer } from './gazetteer';
import { bucket, maskPlaces } from './candidate-features';
import { placesIn, type PlaceMention } from './places';

export interface PartyCandidate {
  /** The mention a party is made of (the sentence's own when it names the place; else the first source's). */
  mention: PlaceMention;
  code: string;
  /** Sichuan (510000), Chongqing (500000), or both/none: which side of the line it stands on. */
  side: string | null;
  features: string[];
  /** Named in the sentence itself (not taken from the text around it). */
  own: boolean;
}

// Both (or all) sides named by a pronoun: the parties are elsewhere.
const PRONOUN = /(两地|双方|三地|三方|四地|多地|两省市|两区县|两区|两县|两市|两镇|两个新区|两大新区|两新区)/u;
// The home pronouns a local outlet writes for itself.
const HOME = /(我市|我区|我县|本区|本市|我省)/u;
const WITH_AFTER = /^(与|和|同|跟|及|、|携手|联合|分别|共同|签|牵头|等)/u;
const WITH_BEFORE = /(与|和|同|跟|及|、|由|在|到|赴|为|是|对)$/u;
const FUTURE = /(将|拟|计划|争取|希望|下一步|力争)/u;


const sideOf = (m: PlaceMention): string | null => (m.place.provinces.length === 1 ? m.place.provinces[0]! : null);

/**
 * The candidates for the act at `t` in sentence `s`, read against the context as it stands when
 * the sentence is read (the sentences before it; the whole article for how often a place is named).
 */
export function partyCandidates(t: Pick<Trigger, 'at' | 'end' | 'object'>, s: Sentence, ctx: ArticleContext, gaz: Gazetteer): PartyCandidate[] {
  const text = s.text;
  const masked = maskPlaces(text, s.mentions);
  const byCode = new Map<string, PartyCandidate & { sources: Set<string> }>();
  const pronoun = PRONOUN.test(text);
  const home = HOME.test(text);
  const future = FUTURE.test(text.slice(0, t.at));
  const sentenceSides = new Set(s.mentions.flatMap((m) => (m.place.level === 'province' ? [] : m.place.provinces)));
  const crossesHere = sentenceSides.has('500000') && sentenceSides.has('510000');
  const add = (mention: PlaceMention, source: string, more: string[] = []) => {
    // (遂潼's 遂宁 in an article naming one county of it is that county, as partiesFor reads it.)
    const m = ctx.narrow([mention])[0]!;
    const code = m.place.code;
    if (!code) return;
    const own = source === 'sentence';
    let c = byCode.get(code);
    if (!c) {
      c = { mention: m, code, side: sideOf(m), features: [], own, sources: new Set() };
      byCode.set(code, c);
    } else if (own && !c.own) Object.assign(c, { mention: m, own: true });
    c.sources.add(source);
    c.features.push(`src:${source}`, ...more.map((f) => `${source}:${f}`), ...more.filter((f) => !f.startsWith('ctx')));
  };
  // The sentence's own places: where they sit against the act and what stands beside them.
  const own = s.mentions.filter((m) => m.at >= 0 && m.place.code);
  own.forEach((m, i) => {
    const pos = m.end <= t.at ? 'before' : m.at >= t.at && m.end <= t.end ? 'object' : m.at >= t.end ? 'after' : 'overlap';
    const between = pos === 'before' ? text.slice(m.end, t.at) : pos === 'after' ? text.slice(t.end, m.at) : '';
    const sameClause = !/[，。；,;：:]/u.test(between);
    const dist = pos === 'before' ? t.at - m.end : pos === 'after' ? m.at - t.end : 0;
    const l1 = masked[m.at - 1] ?? '^';
    const l2 = masked.slice(Math.max(0, m.at - 2), m.at);
    const r1 = masked[m.end] ?? '$';
    const r2 = masked.slice(m.end, m.end + 2);
    const speaking = s.speakers.some(([a, b]) => m.at >= a && m.end <= b);
    const f = [
      `pos:${pos}`,
      `clause:${sameClause ? 'same' : 'other'}`,
      `pos:${pos}:${sameClause ? 'same' : 'other'}`,
      `dist:${bucket(dist, [0, 4, 10, 25, 60])}`,
      `L1:${l1}`,
      `L2:${l2}`,
      `R1:${r1}`,
      `R2:${r2}`,
      `L1R1:${l1}${r1}`,
      `order:${i === 0 ? 'first' : i === own.length - 1 ? 'last' : 'middle'}`,
    ];
    if (WITH_AFTER.test(text.slice(m.end, m.end + 2))) f.push('with-after');
    if (WITH_BEFORE.test(text.slice(Math.max(0, m.at - 2), m.at))) f.push('with-before');
    if (speaking) f.push('speaker-clause');
    if (/《[^》]*$/u.test(text.slice(0, m.at))) f.push('in-title');
    if (/[、]/u.test(l1 + r1)) f.push('in-list');
    add(m, 'sentence', f);
  });
  // The places of the documents it names (《潼南区安居区合作框架协议》): places in a title are masked as parties.
  for (const title of text.match(/《[^》]{2,80}》/gu) ?? []) for (const m of placesIn(title.slice(1, -1), gaz)) add({ ...m, at: -1, end: -1 }, 'title');
  // The text around: each source that partiesFor reads, all of them at once.
  const blocks = (b: number) => (b === s.block ? 'same' : b === s.block - 1 ? 'near' : 'far');
  if (ctx.group) for (const m of ctx.group.mentions) add(m, 'group', [`ctx:${blocks(ctx.group.block)}`]);
  if (ctx.previous) for (const m of ctx.previous.mentions) add(m, 'previous', [`ctx:${blocks(ctx.previous.block)}`, ctx.previous.open ? 'ctx:open' : 'ctx:closed']);
  if (ctx.speaker) for (const m of ctx.speaker.mentions) add(m, 'speaker', [`ctx:${blocks(ctx.speaker.block)}`]);
  for (const m of ctx.headline) add(m, 'headline');
  for (const m of ctx.main()) add(m, 'main');
  for (const m of ctx.whole()) add(m, 'whole');
  if (ctx.areas) for (const m of ctx.areas) add(m, 'areas');
  const all = [...byCode.values()];
  const sides = (side: string | null, ownOnly: boolean) => all.filter((c) => c.side === side && (!ownOnly || c.own)).length;
  return all.map(({ sources, ...c }) => {
    const level = c.mention.place.level;
    const named = ctx.timesNamed(c.code);
    const f = new Set(c.features);
    f.add(`level:${level}`);
    for (const src of sources) f.add(`level:${level}&${src}`);
    f.add(`sources:${bucket(sources.size, [1, 2, 3])}`);
    f.add(`named:${bucket(named, [0, 1, 3, 6])}`);
    if (c.mention.place.generic) f.add('generic');
    if (c.mention.place.guess) f.add('guess');
    if (c.mention.place.town) f.add('town');
    if (c.side === null) f.add('side:both');
    // The sentence already names this side, or the other, on its own.
    const otherSide = c.side === '500000' ? '510000' : c.side === '510000' ? '500000' : null;
    f.add(`same-side-own:${bucket(sides(c.side, true) - (c.own ? 1 : 0), [0, 1])}`);
    if (otherSide) f.add(`other-side-own:${bucket(sides(otherSide, true), [0, 1])}`);
    f.add(crossesHere ? 'sentence-crosses' : 'sentence-one-side');
    if (pronoun) {
      f.add('pronoun');
      for (const src of sources) f.add(`pronoun&${src}`);
    }
    if (home) f.add('home');
    if (future) f.add('future');
    if (!c.own) f.add(`context&${crossesHere ? 'crosses' : 'one-side'}`);
    // (No whitespace in a feature: the packed weights are one `feature<TAB>weight` a line.)
    return { ...c, features: [...f].map((x) => x.replace(/\s/gu, '_')) };
  });
}
