import type { Agreement } from '../data/agreement-schema';
import { REASONS, type Domain } from '../data/agreement-vocab';
import { FUTURE, NOT_FUTURE, partiesFor, speakerClauses, type Sentence } from './act';
import { domainsOf, findTriggers, itemDomainsOf, kindOfNoun, type Trigger } from './classify';
import { ArticleContext } from './context';
import { findDates } from './dates';
import { Home } from './home';
import type { Gazetteer } from './gazetteer';
import { counted, itemsAfter, itemsIncluded, itemsOfLine } from './enumeration';
import { itemsOf } from './lists';
import { normalise, originalSpan, segmentView, unfilled, type Normalised } from './normalise';
import { splitByParty } from './party-lists';
import { partyCandidates } from './party-candidates';
import { learnedParties } from './party-model';
import { placesIn, type PlaceMention } from './places';
import { blocks, sentences } from './segment';
import { mergeStatements, type Candidate } from './statements';
import { oneThingEach, onceEach } from './once';
import { titlesOf } from './titles';
import { besideProposals, modelProposals } from './model-proposal';
import { proposalsOf, scoreProposal } from './proposal-model';
import { defaultModel, type SentenceCues, type SentenceModel } from './sentence-model';

/** An article to read: its file name (or local id), text, and publication date (resolves 今年, 去年). */
export interface ArticleInput {
  file: string;
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when unknown (relative dates are then left unresolved). */
  date: string | null;
}

/** Below this an act is too uncertain to list (a hope, a one-sided plan with its partner only implied). */
export const MIN_CONFIDENCE = 0.5;
const QUESTION = /[？?]\s*$/u;
/** A clause whose subject is the pair named before (双方还…, 此外，两地…). */
const PAIR_SUBJECT = /^(?:[^，,；;]{0,6}[，,])?[^，,；;]{0,6}?(双方|两地|三地|两省市|两区|两县|两市)/u;
/** How many sentences after an act a counted reference (川渝九地) may find its list in. */
const LOOK_AHEAD = 4;
// An article that names the economic circle (成渝地区双城经济圈, 成渝经济圈) frames its cooperation in it.
const CIRCLE = /(?:双城|成渝)经济圈|成渝地区双城/u;
const SERVED = /(服务于?|面向|辐射|融入)$/u;

/** The agreements one article states, each with the sentence that says so. Pure: no I/O. */
export function extractAgreements(article: ArticleInput, gaz: Gazetteer, options: ExtractOptions = {}): Agreement[] {
  const text = article.text;
  const model = options.model === undefined ? defaultModel() : options.model;
  const found: Candidate[] = [];
  // The lead's first full date is the day of the event the article reports (本次会议).
  const allDates = findDates(normalise(text.slice(0, 4000)).text, article.date);
  const leadDate = allDates.find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value))?.value ?? null;
  const ctx = new ArticleContext(gaz);
  // (Read in simplified characters: 成渝地區(qū)雙城經(jīng)濟圈 names the circle as 成渝地区双城经济圈 does.)
  ctx.circle = CIRCLE.test(unfilled(segmentView(text)));
  ctx.date = article.date;
  const spans = sentences(text);
  // Each sentence is read once; the outlet's own place (home.ts) may need them all before the first.
  const cache: ({ n: Normalised; found: PlaceMention[] } | undefined)[] = new Array(spans.length);
  const read = (i: number) => (cache[i] ??= readSentence(text, spans[i]!, gaz));
  const home = new Home(
    (i) => {
      const r = read(i);
      return { text: r.n.text, found: r.found };
    },
    spans.length,
    gaz,
  );
  // The places of every sentence, kept once found (a whole-article question finds those ahead once; the
  // loop then normalises them again, which is cheap, and does not look for places twice).
  const named: PlaceMention[][] = new Array(spans.length);
  ctx.all = function* () {
    for (let j = 0; j < spans.length; j++) yield (named[j] ??= cache[j]?.found ?? placesIn(normalise(text.slice(spans[j]!.start, spans[j]!.end)).text, gaz));
  };
  const textEnd = text.trimEnd().length;
  const blockList = blocks(text);
  // Sentences come in order, so the block an offset lies in is found by walking forward.
  let blockAt = 0;
  const blockOf = (at: number) => {
    while (blockAt < blockList.length - 1 && at >= blockList[blockAt]!.end) blockAt++;
    return blockAt;
  };
  // The last full date a paragraph gave (for the sentences after it in that paragraph).
  let blockDate: { value: string; block: number } | null = null;
  // An act announced with its items to follow (三地将联合推出三条线路：一是…；二是…).
  let enumeration: { base: Candidate; block: number; last: number } | null = null;
  // The last act of the sentence before, one agreement of one pair, where it stands in `found`.
  let counter: { base: Candidate; index: number; si: number; block: number } | null = null;
  // The article's headline, as the proposal scorer reads it (does it name a proposal's thing).
  let headlineText = '';
  for (let si = 0; si < spans.length; si++) {
    const sp = spans[si]!;
    const original = text.slice(sp.start, sp.end);
    const known = named[si];
    const { n, found: placesNamed } = cache[si] ?? (known ? { n: normalise(original), found: known } : read(si));
    cache[si] = undefined;
    named[si] = placesNamed;
    home.keep(si, { text: n.text, found: placesNamed });
    const block = blockOf(sp.start);
    const mentions = ctx.spell(ctx.withStems(n.text, ctx.resolve(home.resolve(n.text, placesNamed))));
    const speakers = speakerClauses(n.text);
    // A web page's headline may end with ！ or ？: a short line of its own with no clause in it is one too.
    // (A long sentence of several clauses with no end mark is body text cut off, not a headline.)
    // (Nor is the text's last sentence, with a clause in it: the page was cut off there.)
    const cut = (n.text.length > 60 && (n.text.match(/[，,]/gu) ?? []).length >= 2) || (sp.end >= textEnd && n.text.length > 15 && /[，,]/u.test(n.text));
    const headline = /^[#【□]/u.test(n.text) || (!/[。！!；;”」』）)]$/u.test(n.text) && !cut) || titleLine(text, sp);
    const s: Sentence = { text: n.text, headline, mentions, speakers, block };
    if (headline && !headlineText) headlineText = n.text;
    // 川渝九地联合发布… with the nine named after: the next few sentences of the paragraph, read once and kept.
    ctx.ahead = function* () {
      // (Within this paragraph and the next: found without moving blockOf's walk.)
      let b = blockAt;
      for (let j = si + 1; j < Math.min(spans.length, si + 1 + LOOK_AHEAD); j++) {
        while (b < blockList.length - 1 && spans[j]!.start >= blockList[b]!.end) b++;
        if (b > block + 1) return;
        yield read(j).found;
      }
    };
    const spoken = mentions.filter((m) => speakers.some(([a, b]) => m.at >= a && m.end <= b));
    const span = originalSpan(n, 0, n.text.length);
    const at = { start: sp.start + span.start, end: sp.start + span.end };
    // Where a stretch of this sentence lies in the article (a list's, for its items).
    const inArticle = (x: { start: number; end: number }) => {
      const o = originalSpan(n, x.start, x.end);
      return { start: sp.start + o.start, end: sp.start + o.end };
    };
    // The list a trigger is an item of, or that a signing's partners make (A与B、C分别签订: the act's words).
    // (A list whose words are not in the sentence, an act announced with no words of its own: the sentence's.)
    const listOf = (t: Trigger, split: boolean) => {
      const list = t.list ? inArticle(t.list) : split ? inArticle({ start: t.at, end: t.end }) : undefined;
      return list && list.end <= list.start ? at : list;
    };
    // The items of an act announced before (签署了3份协议：1.…； / 2.…；): each one an agreement, with its parties.
    const lined = enumeration && (enumeration.block === block || enumeration.last === si - 1) ? itemsOfLine(n.text, counted(enumeration.base.trigger.object)) : null;
    // 共同确定了10个合作项目。项目包括A、B…等8个项目: the names the next sentence gives what the act counted.
    const included = !lined?.length && counter?.si === si - 1 && counter.block >= block - 1 && found[counter.index]?.trigger === counter.base.trigger ? itemsIncluded(counter.base.trigger.object, n.text) : null;
    const item = lined?.length ? lined : included?.items ?? null;
    if (lined?.length && enumeration) {
      enumeration.last = si;
      for (const { name } of lined) found.push(listed(enumeration.base, name, { span: at, sentence: n.text }));
    } else enumeration = null;
    if (included && counter) {
      const base = found[counter.index]!;
      const items = included.items.map(({ name }) => listed(base, name, { span: at, sentence: n.text }));
      found.splice(counter.index, 1, ...items, ...(included.rest ? [listed(base, included.rest, {})] : []));
    }
    counter = null;
    const proposedBefore = found.length;
    let triggerCount = 0;
    let dates: ReturnType<typeof findDates> | null = null;
    const dateOf = (t: Trigger): ActDate => {
      dates ??= findDates(n.text.replace(/《[^》]*》|（[^）]*）|\([^)]*\)/gu, (m) => '\u0000'.repeat(m.length)), article.date);
      const times = dates.filter((d) => !d.inPhrase);
      const dated = [...times].reverse().find((d) => d.at < t.at) ?? times[0] ?? dates[0];
      if (dated) return { value: dated.value, nearby: !ownDate(n, original, t, dated) };
      // (A date from another sentence may be another act's: kept, but marked so the card and the review say so.)
      if (/(本次会议|此次会议|这次会议|会议审议|(?:^|[，,])会上)/u.test(n.text) && leadDate) return { value: leadDate, nearby: true };
      // 3月11日，两地举行签约仪式。会上，两地签署了…: the paragraph's date is the day of what it tells.
      if (blockDate && blockDate.block === block) return { value: blockDate.value, nearby: true };
      return { value: null, nearby: false };
    };
    if (!QUESTION.test(original) && !item?.length) {
      const triggers = findTriggers(n.text).flatMap((t) => itemsOf(t, n.text));
      triggerCount = triggers.length;
      for (const t of triggers) {
        const f = partiesFor(t, s, ctx, gaz);
        if (!f) continue;
        // The learned party model, when told to, reads the rules' own agreements' parties too (where it
        // finds two sides), but only those the rules took from beyond the sentence (the paragraph, the
        // headline, the provinces): a sentence that names both sides itself (会上，潼南区与安岳县签署…)
        // is read as it says, not widened to the meeting's hosts the paragraph named. They replace the
        // rules' only once statements are merged, and not for the items of a party list: the rules'
        // parties still say which statements are one agreement.
        const fromContext = f.reasons.has('context-parties') || f.reasons.has('province-parties');
        const relearned = model?.parties?.rules && fromContext ? learnedParties(model.parties, partyCandidates(t, s, ctx, gaz), gaz)?.parties : undefined;
        const { value: date, nearby } = dateOf(t);
        if (headline) f.reasons.add('headline');
        if (!date) f.reasons.add('no-date');
        if (nearby) f.reasons.add('nearby-date');
        if (t.list) f.reasons.add('list-item');
        const confidence = Math.max(0.05, Math.min(0.99, f.confidence + (date ? 0.05 : 0) - (headline ? 0.1 : 0)));
        const base: Candidate = { trigger: t, parties: f.parties, date, span: at, sentence: n.text, confidence, reasons: f.reasons, headline, ...(t.list ? { list: listOf(t, false) } : {}) };
        // 三条精品旅游线路：一是…; 签署了3份协议：1.…: the items are the agreements, not their count.
        const announced = itemsAfter(t.object, n.text.slice(t.end));
        if (announced?.length) {
          for (const { name } of announced) found.push(listed(base, name, {}));
          enumeration = { base, block, last: si };
          continue;
        }
        const split = splitByParty(t, s, f.parties, gaz, ctx.circle);
        // (A counted act of one pair: the next sentence may name its items.)
        if (split.length === 1 && !t.list) counter = { base: { ...base, parties: split[0]! }, index: found.length, si, block };
        split.forEach((parties, i) => found.push({ ...base, parties, ...(split.length > 1 ? { item: i, reasons: new Set([...f.reasons, 'list-item' as const]), list: listOf(t, true) } : relearned ? { learnedParties: relearned } : {}) }));
      }
    }
    // What the rules left: a sentence the learned model finds likely to state an agreement.
    if (options.rules === false) {
      found.length = proposedBefore;
      enumeration = null;
    }
    const proposed = found.length > proposedBefore;
    // (Told to, the item model reads a sentence the rules proposed in too, for the items they left.)
    const beside = !!model?.items?.beside && proposed;
    if ((options.observe || (model && (!proposed || beside))) && !item?.length && !QUESTION.test(original)) {
      const cues: SentenceCues = {
        text: n.text,
        mentions,
        headline,
        paragraphPair: !!ctx.group && ctx.group.block === block,
        headlinePair: ctx.headline.length > 0,
        triggers: triggerCount,
      };
      options.observe?.({ span: at, cues, proposed, sentence: s, ctx });
      // (A与B、C分别签订…: each proposal is split by its party list as a rule's act is, one agreement per partner.)
      const rulesHere = found.slice(proposedBefore);
      const picked = model && !proposed ? modelProposals(model, cues, s, ctx, gaz) : model && beside ? besideProposals(model, cues, s, ctx, gaz, rulesHere.map((c) => c.trigger.object)) : [];
      const proposals = picked.flatMap((p): (typeof p & { list?: { start: number; end: number } })[] => {
        const split = splitByParty(p.trigger, s, p.parties, gaz, ctx.circle);
        return split.length > 1 ? split.map((parties) => ({ ...p, parties, reasons: new Set(p.reasons), features: [...p.features, 'split'], list: listOf(p.trigger, true) })) : [p];
      });
      proposals.forEach((proposal, i) => {
        const { value: date, nearby } = dateOf(proposal.trigger);
        if (headline) proposal.reasons.add('headline');
        if (!date) proposal.reasons.add('no-date');
        if (nearby) proposal.reasons.add('nearby-date');
        // (Several items of one sentence are several agreements: never merged with each other, nor an
        // item beside the rules with theirs, numbered after them.)
        const several = proposals.length > 1 || rulesHere.length > 0;
        if (several) proposal.reasons.add('list-item');
        // (An item of a list the reading split, 交通、产业3个协议 field by field, is marked as that list's.)
        const list = proposal.list ?? listOf(proposal.trigger, false);
        found.push({ ...proposal, date, span: at, sentence: n.text, headline, ...(several ? { item: rulesHere.length + i } : {}), ...(list ? { list } : {}) });
      });
    }
    if (!item?.length && n.text.includes('日')) {
      const full = findDates(n.text, article.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d.value)).pop();
      if (full) blockDate = { value: full.value, block };
    }
    // 服务成渝两大都市的示范带: a region a thing serves is no party the next sentence's 双方 could mean.
    const carried = mentions.filter((m) => !SERVED.test(n.text.slice(Math.max(0, m.at - 3), m.at)));
    ctx.after(carried, block, { headline, spoken, open: /[；;：:]$/u.test(n.text), future: FUTURE.test(n.text.replace(NOT_FUTURE, '')) && !/已|目前|截至/u.test(n.text), pronoun: PAIR_SUBJECT.test(n.text) });
  }
  // (Told to, the same agreement named again, with other parties or in the same sentence, is told once: once.ts.)
  const statements = mergeStatements(found);
  const once = model?.once ? onceEach(statements) : statements;
  const merged = model?.oneThing ? oneThingEach(once) : once;
  // The proposal scorer judges each of the learned reading's proposals as a whole, the article read.
  const judged = model?.proposals || options.onProposals ? proposalsOf(merged, headlineText, text.length) : null;
  const kept = merged.filter((c) => Math.round(c.confidence * 100) / 100 >= MIN_CONFIDENCE && !(model?.proposals && judged?.has(c) && scoreProposal(model.proposals, judged.get(c)!) < model.proposals.threshold));
  const agreements = finish(article, kept, gaz);
  if (options.onProposals && judged) options.onProposals(kept.flatMap((c, i) => (judged.has(c) ? [{ agreement: agreements[i]!, features: judged.get(c)! }] : [])));
  return agreements;
}

/** An act's date, and whether it comes from beyond the act's own words (another sentence, clause or paragraph). */
interface ActDate {
  value: string | null;
  nearby: boolean;
}

/**
 * Whether a date of the act's sentence is the act's own: before the act with no paragraph break between
 * (a caption line the segmenter ran into the next paragraph is another sentence), or after it within its
 * clause. (…签署协议，首批线路于5月开通: a date in a later clause is that clause's.)
 */
function ownDate(n: Normalised, original: string, t: Trigger, d: { at: number; end: number }): boolean {
  const a = Math.min(d.at, t.at);
  const b = Math.max(d.end, t.end);
  const o = originalSpan(n, a, b);
  if (/\n[ \t\u3000\r]*\n/u.test(original.slice(o.start, o.end))) return false;
  if (d.at < t.at) return true;
  return !/[，。；,;]/u.test(n.text.slice(t.end, d.at));
}

/** How the extractor is run: with which learned sentence model, and who watches each sentence. */
export interface ExtractOptions {
  /** The sentence model (undefined: the committed one; null: the rules alone). */
  model?: SentenceModel | null;
  /** false: the model alone, asked about every sentence (to measure it as an extractor of its own). */
  rules?: boolean;
  /**
   * Called for each sentence (not a question, nor an item of a list announced before) with what the
   * model would be told of it, and whether the rules proposed an agreement there, with the sentence
   * and the context as they stand (the party model's candidates are read from them): training reads it.
   */
  observe?: (o: { span: { start: number; end: number }; cues: SentenceCues; proposed: boolean; sentence: Sentence; ctx: ArticleContext }) => void;
  /** Called once, the article read, with each of the learned reading's proposals kept and its proposal scorer's features: training reads it. */
  onProposals?: (proposals: { agreement: Agreement; features: string[] }[]) => void;
}

/** One announced item as its own agreement: the act's parties and date, the item's name and kind. */
function listed(base: Candidate, name: string, where: Partial<Pick<Candidate, 'span' | 'sentence'>>): Candidate {
  const kind = kindOfNoun(name) ?? base.trigger.kind;
  // (The items of one announcement are one list's: the sentence that announced them marks it.)
  return { ...base, ...where, trigger: { ...base.trigger, object: name, kind }, reasons: new Set([...base.reasons, 'list-item']), countedOf: base.trigger.object, list: base.list ?? base.span };
}

function readSentence(text: string, sp: { start: number; end: number }, gaz: Gazetteer): { n: Normalised; found: PlaceMention[] } {
  const n = normalise(text.slice(sp.start, sp.end));
  return { n, found: placesIn(n.text, gaz) };
}

/**
 * A web page's headline may end with ！ or ？ (三大战略合作协议签署！深化…合作): a sentence on a short
 * line of its own with no clause mark in that line is a headline too.
 */
function titleLine(text: string, sp: { start: number; end: number }): boolean {
  // Look no further than a short line's length either way: a text with no line breaks stays linear.
  const back = text.slice(Math.max(0, sp.start - 52), sp.start);
  const nlBack = back.lastIndexOf('\n');
  if (nlBack < 0 && sp.start > 52) return false;
  const from = nlBack < 0 ? 0 : sp.start - back.length + nlBack + 1;
  const ahead = text.slice(sp.start, sp.start + 52);
  const nl = ahead.indexOf('\n');
  const to = nl < 0 ? (sp.start + ahead.length === text.length ? text.length : Infinity) : sp.start + nl;
  if (sp.end > to || to - from > 50) return false;
  return !text.slice(from, sp.start).trim() && !/[，,。；;：:]/u.test(text.slice(from, to));
}

/** The agreements of the statements kept, one each, in order. */
function finish(article: ArticleInput, kept: Candidate[], gaz: Gazetteer): Agreement[] {
  const text = article.text;
  const ids = new Set<string>();
  return kept.map((merged) => {
      const c = merged.learnedParties ? { ...merged, parties: merged.learnedParties } : merged;
      // (An item of a named list, or of an announced enumeration, has its own name's fields.)
      const domains: Domain[] = c.trigger.list || c.countedOf ? itemDomainsOf(c.sentence, c.trigger.object) : domainsOf(c.sentence, c.trigger.object);
      const { zh, en, slug } = titlesOf(c.trigger, c.parties, domains, gaz);
      const prefix = article.file.replace(/\.[a-z]+$/iu, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').split('-')[0] || 'local';
      let id = `${prefix}-${slug}`.slice(0, 56).replace(/-+$/u, '');
      for (let k = 2; ids.has(id); k++) id = `${prefix}-${slug}`.slice(0, 52).replace(/-+$/u, '') + `-${k}`;
      ids.add(id);
      const reasons = REASONS.filter((r) => c.reasons.has(r));
      const a: Agreement = {
        id,
        article: article.file,
        span: c.span,
        quote: text.slice(c.span.start, c.span.end),
        title_zh: zh,
        title_en: en,
        kind: c.trigger.kind,
        date: c.date,
        parties: c.parties,
        domains,
        confidence: Math.round(c.confidence * 100) / 100,
      };
      if (reasons.length) a.reasons = reasons;
      if (c.list) a.list = c.list;
      return a;
    });
}
