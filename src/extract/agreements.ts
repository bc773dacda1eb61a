import type { Agreement, Party } from '../data/agreement-schema';
import { REASONS, type Domain, type Reason } from '../data/agreement-vocab';
import { domainsOf, findTriggers, type Trigger } from './classify';
import { ArticleContext, detached } from './context';
import { findDates } from './dates';
import type { Gazetteer } from './gazetteer';
import { itemsOf } from './lists';
import { keyOf, partyKey, similar } from './merge';
import { normalise, originalSpan } from './normalise';
import { crosses, partiesOf, prefacingPrefectures, provinceParty, provincesOfParty, pruneParties } from './parties';
import { placesIn, type PlaceMention } from './places';
import { blocks, sentences } from './segment';
import { titlesOf } from './titles';

/** An article to read: its file name (or local id), text, and publication date (resolves 今年, 去年). */
export interface ArticleInput {
  file: string;
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when unknown (relative dates are then left unresolved). */
  date: string | null;
}

// Words that put the act in the future or in the hoping: still an agreement when a named partner
// is in it, but less surely one.
const FUTURE = /(将|拟|计划|争取|希望|下一步|接下来|未来|力争|要|正在|正加快|正全力|期待|推动形成|谋划|商讨|也会|还会|将会|会继续|会进一步)/u;
// …but 已商定, 已与…设立: done, whatever follows.
const DONE = /已(商定|达成|签|与|和|经|推动|在|搭建|实现|开|建立|共同|联合|先后)/u;
// A future act both sides state together (双方将携手共建) is surer than one side's plan.
const JOINT_SUBJECT = /^(双方|两地|三地|四地|多地|两省市|川渝|川渝两地|成渝两地|两大新区|两个新区|两区|两县|两市|两镇|[^，,]{0,12}三地)/u;
// Both (or all) sides named by a pronoun: 两地, 双方, 三地…
const BOTH = /(两地|双方|三地|三方|四地|四方|多地|两省市|两区县|两区|两县|两市|两镇|两个新区|两大新区|两新区|渝川)/u;
// 将 as the object marker (将“任务书”变成…) and 要 inside everyday words are not the future.
const NOT_FUTURE = /将(?=[“"《其这此该])|纲要|重要|主要|需要|必要|要求|要素|只要|摘要|要点|计划单列|虚拟|模拟/gu;
// A sentence that goes on from the one before: its parties are that sentence's.
const FOLLOWS = /^(会议|会上|双方|两地|三地|此次|本次|这次|该|其中|同时|此外|随后|当天|当日|期间)/u;
// Whom the act is with: 与/和/同/跟 before it.
const WITH = /(与|和|同|跟|携手|联合)/u;
/** Below this an act is too uncertain to list (a hope, a one-sided plan with its partner only implied). */
export const MIN_CONFIDENCE = 0.5;
const QUESTION = /[？?]\s*$/u;

interface Candidate {
  trigger: Trigger;
  parties: Party[];
  date: string | null;
  confidence: number;
  reasons: Set<Reason>;
  span: { start: number; end: number };
  sentence: string;
  /** A headline or caption: the same agreement told in the body is the better quote. */
  headline: boolean;
  /** One of several agreements a sentence states with the same words (分别签订, a list): never merged with its siblings. */
  item?: number;
  /** An item of an enumeration (一是…二是…): the counted object that announced it (三条精品旅游线路). */
  countedOf?: string;
}

/** Mentions in a clause that introduces a speaker (重庆市交通局局长许仁安说) name who speaks, not who agrees. Found once per sentence. */
function speakerClauses(text: string): [number, number][] {
  const out: [number, number][] = [];
  // Find each verb of saying, then walk back to the clause's start: linear, whatever the sentence.
  const re = /(表示|说|介绍|透露|指出|感慨道|感慨|称|告诉记者)(?=[，,：:。]|$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    while (start > 0 && !'，。；：,;:“”"'.includes(text[start - 1]!)) start--;
    out.push([start, m.index + m[0].length]);
  }
  return out;
}

/** What one sentence gives the reading of its triggers. */
interface Sentence {
  text: string;
  /** A headline or a line with no end mark. */
  headline: boolean;
  mentions: PlaceMention[];
  speakers: [number, number][];
  block: number;
}

interface Found {
  parties: Party[];
  confidence: number;
  reasons: Set<Reason>;
}

/**
 * The parties of one act and how sure it is. Parties stand before the act or in its object, within
 * the same clause group; when they do not cross the line and the sentence says only 双方/两地/三地
 * (or no one, or the act is one done together), they come from the paragraph's places, the sentence
 * before, the speaker, the article's last places on both sides or its headline, in that order; the
 * two provinces stand in last.
 */
function partiesFor(t: Trigger, s: Sentence, ctx: ArticleContext, gaz: Gazetteer): Found | null {
  const text = s.text;
  const reasons = new Set<Reason>();
  const clauseEnd = (() => {
    const m = /[，。；,;]/u.exec(text.slice(t.end));
    return m ? t.end + m.index : text.length;
  })();
  let windowStart = 0;
  for (let i = t.at - 1; i >= 0; i--)
    if ('。；;:：!！?？'.includes(text[i]!)) {
      windowStart = i + 1;
      break;
    }
  const notSpeaker = (m: PlaceMention) => !s.speakers.some(([a, b]) => m.at >= a && m.end <= b && m.end <= t.at);
  // A list item (普通公路…等框架合作协议) has the places of its own words, not its neighbours'.
  const notOtherItem = (m: PlaceMention) => !t.list || m.at < t.list.start || m.at >= t.list.end || (m.at >= t.at && m.end <= t.end);
  const inWindow = s.mentions.filter((m) => m.at >= windowStart && notSpeaker(m) && notOtherItem(m));
  // 互派干部挂职交流，是两江新区、天府新区…所作的: with no party before the act, the rest of the clause group names them.
  const before = inWindow.filter((m) => m.at < clauseEnd);
  let own = before.length ? before : inWindow;
  // 两县将共建明月山绿色发展示范带: a compound in the thing's name names the thing's places, not the
  // parties, when named places already cross the line; when the signers are provinces or their
  // departments (两地交通部门签署…“万—达—开”交通融合发展框架合作协议) they are the places concerned.
  const inObject = own.filter((m) => m.at >= t.at && m.end <= t.end && !m.place.generic && (gaz.names.get(m.name)?.length ?? 0) > 1);
  if (inObject.length) {
    const rest = own.filter((m) => !inObject.includes(m));
    if (crosses(partiesOf(rest.filter((m) => m.place.level !== 'province' && m.place.level !== 'organisation')), gaz)) own = rest;
  }
  // 双方公安分局, 两地交通部门: the bodies of the places the paragraph has just named together.
  const pairBodies = own.filter((m) => m.place.generic && /^(两地|双方)/u.test(m.name));
  if (pairBodies.length && ctx.group && ctx.group.block === s.block) {
    own = [...own.filter((m) => !pairBodies.includes(m)), ...ctx.group.mentions];
    reasons.add('context-parties');
  }
  const adjacent = prefacingPrefectures(own, gaz);
  let parties = pruneParties(partiesOf(own), gaz, adjacent);
  let confidence = t.strength;
  if (!crosses(parties, gaz)) {
    const span = text.slice(windowStart, clauseEnd);
    const pronoun = BOTH.test(span);
    const specific = own.filter((m) => m.place.level !== 'province');
    const coVerb = parties.length > 0 && /^(共|联合|携手|合作|合力|互)/u.test(text.slice(t.at, t.at + 2));
    const bare = (specific.length === 0 || before.length === 0) && t.strength >= 0.85;
    const withSpeaker = ctx.speaker && ctx.speaker.block === s.block && WITH.test(text.slice(windowStart, t.at));
    const follows = ctx.previous && ctx.previous.block === s.block && (ctx.previous.open || FOLLOWS.test(text.slice(Math.max(windowStart, text.lastIndexOf('，', t.at) + 1))));
    const sources: PlaceMention[][] = [];
    if (pronoun || coVerb || bare) {
      if (ctx.group && ctx.group.block === s.block) sources.push(ctx.group.mentions);
    }
    if (follows && (pronoun || coVerb || bare || specific.length > 0)) sources.push(ctx.previous!.mentions);
    if (withSpeaker || ((pronoun || bare) && ctx.speaker && ctx.speaker.block === s.block)) sources.push(ctx.speaker!.mentions);
    if (pronoun || bare) {
      if (ctx.group) sources.push(ctx.group.mentions);
      if (ctx.headline.length) sources.push(ctx.headline);
    }
    if (pronoun) sources.push(ctx.main());
    // 《潼南区安居区合作框架协议》正式签署: with no one else named, the document's name says who.
    if (t.object.includes('《')) sources.push(detached(placesIn(t.object.replace(/[《》]/gu, ''), gaz)));
    let filled = false;
    for (const src of sources) {
      const more = pruneParties(partiesOf([...own, ...src]), gaz, adjacent);
      if (crosses(more, gaz)) {
        parties = more;
        filled = true;
        reasons.add('context-parties');
        confidence -= src === ctx.group?.mentions && ctx.group.block === s.block ? 0 : 0.05;
        break;
      }
    }
    if (!filled && (pronoun || bare || coVerb) && !s.headline) {
      // 双方 with no places named anywhere near: the two provinces, said to be a guess.
      const have = new Set(parties.flatMap((p) => provincesOfParty(p, gaz)));
      for (const c of ['500000', '510000'] as const) if (!have.has(c)) parties = [...parties, provinceParty(c)];
      reasons.add('province-parties');
      confidence -= 0.05;
    }
    if (!crosses(parties, gaz)) return null;
  }
  // The tense is the sentence's up to the act (下一步，两地将…：以“一城多园”共建…), or the sentence
  // before's when this one goes on from it after a semicolon.
  const beforeColon = windowStart > 0 && /[:：]/u.test(text[windowStart - 1]!) ? text.slice(0, windowStart - 1).replace(/^.*[，,。；;]/u, '') : '';
  const lead = (FUTURE.test(beforeColon.replace(NOT_FUTURE, '')) ? beforeColon : '') + text.slice(windowStart, t.at).replace(NOT_FUTURE, '');
  const clause = text.slice(Math.max(windowStart, text.lastIndexOf('，', t.at) + 1, text.lastIndexOf(',', t.at) + 1), t.at);
  const inherited = ctx.previous?.open && ctx.previous.future && ctx.previous.block === s.block && !/已|目前|去年|今年以来|截至/u.test(text.slice(0, t.at));
  if ((FUTURE.test(lead) || inherited) && !DONE.test(clause)) {
    const subject = text.slice(Math.max(windowStart, text.lastIndexOf('，', t.at) + 1, text.lastIndexOf(',', t.at) + 1), t.at).replace(/^(同时|此外|比如|例如|目前|下一步|为此)/u, '');
    const joint = JOINT_SUBJECT.test(subject) || JOINT_SUBJECT.test(lead.replace(/^.*?[，,]/u, '')) || /与.{1,20}(将|拟)/u.test(lead);
    confidence -= joint ? 0.15 : 0.3;
    reasons.add('future');
    if (!joint) reasons.add('one-side');
  }
  if (t.generic) {
    reasons.add('generic-act');
    confidence -= 0.1;
  }
  // 以共建X为重点 names a focus of work, not an act; 争取国家设立X asks the state for it.
  if (/以[^，,；;。]{0,4}$/u.test(text.slice(Math.max(0, t.at - 5), t.at)) && new RegExp(`^.{0,40}?为(重点|抓手|目标|契机|载体|突破口|引领|核心|主线|牵引)`, 'u').test(text.slice(t.at))) {
    confidence -= 0.2;
    reasons.add('weak-act');
  }
  if (/(争取|推动|请求|报请|恳请)国家(相关部委)?$/u.test(text.slice(Math.max(0, t.at - 10), t.at))) return null;
  if (t.strength < 0.7) reasons.add('weak-act');
  return { parties, confidence, reasons };
}

/**
 * 燕窝镇与万隆镇、宝箴塞镇、清平镇分别签订; 泸州、遂宁…资阳6市政府与重庆市政府签署: one agreement
 * for each place of a list when the text says 分别 or counts the list, the other side being one.
 */
function splitByParty(t: Trigger, s: Sentence, parties: Party[], gaz: Gazetteer): Party[][] {
  const lead = s.text.slice(0, t.at);
  const each = /分别/u.test(lead.slice(-12));
  // The longest run of places joined only by 、和及 and the count after it (6市, 3个区县). A place
  // written with its province or county before it (四川省武胜县万隆镇) is one place, the last.
  const ms: PlaceMention[] = [];
  for (const m of s.mentions) {
    if (m.at >= t.at || !m.place.code) continue;
    const last = ms[ms.length - 1];
    if (last && last.end === m.at) ms[ms.length - 1] = m;
    else ms.push(m);
  }
  // 璧山区与江油市、永川区与泸县分别签订: one agreement per pair.
  if (each) {
    const pairs: PlaceMention[][] = [];
    for (let i = 0; i + 1 < ms.length; i += 2) {
      const [a, b] = [ms[i]!, ms[i + 1]!];
      if (!/^(与|和|同)$/u.test(s.text.slice(a.end, b.at))) break;
      if (pairs.length && !/^[、，,]$/u.test(s.text.slice(pairs[pairs.length - 1]![1]!.end, a.at))) break;
      pairs.push([a, b]);
    }
    if (pairs.length >= 2) {
      const split = pairs.map((pair) => partiesOf(pair)).filter((ps) => crosses(ps, gaz));
      if (split.length === pairs.length) return split;
    }
  }
  let best: PlaceMention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const run = [ms[i]!];
    for (let j = i + 1; j < ms.length && /^[、和及]?$/u.test(s.text.slice(run[run.length - 1]!.end, ms[j]!.at)); j++) run.push(ms[j]!);
    if (run.length > best.length) best = run;
  }
  if (best.length < 2) return [parties];
  const after = s.text.slice(best[best.length - 1]!.end, best[best.length - 1]!.end + 6);
  const count = /^(\d+|[两二三四五六七八九十]+)个?(市|区县|县|区|地|镇|乡|街道|市州|城市)/u.exec(after);
  const counted = count ? (Number(count[1]) || '一二三四五六七八九十'.indexOf(count[1]!) + 1 || (count[1] === '两' ? 2 : 0)) === best.length : false;
  if (!each && !counted) return [parties];
  const listSide = best[0]!.place.provinces[0];
  if (best.some((m) => m.place.provinces.length !== 1 || m.place.provinces[0] !== listSide)) return [parties];
  const inList = new Set(best);
  const others = partiesOf(ms.filter((m) => !inList.has(m) && m.place.provinces.length === 1 && m.place.provinces[0] !== listSide));
  if (others.length !== 1) return [parties];
  return best.map((m) => [...partiesOf([m]), others[0]!]);
}

/** The agreements one article states, each with the sentence that says so. Pure: no I/O. */
export function extractAgreements(article: ArticleInput, gaz: Gazetteer): Agreement[] {
  const text = article.text;
  const found: Candidate[] = [];
  // The lead's first full date is the day of the event the article reports (本次会议).
  const allDates = findDates(normalise(text.slice(0, 4000)).text, article.date);
  const leadDate = allDates.find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value))?.value ?? null;
  const ctx = new ArticleContext(gaz);
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
  let enumeration: { base: Candidate; block: number } | null = null;
  for (const sp of sentences(text)) {
    const original = text.slice(sp.start, sp.end);
    const n = normalise(original);
    const block = blockOf(sp.start);
    const mentions = ctx.resolve(placesIn(n.text, gaz));
    const speakers = speakerClauses(n.text);
    const headline = /^[#【□]/u.test(n.text) || !/[。！!；;”」』）)]$/u.test(n.text);
    const s: Sentence = { text: n.text, headline, mentions, speakers, block };
    const spoken = mentions.filter((m) => speakers.some(([a, b]) => m.at >= a && m.end <= b));
    const span = originalSpan(n, 0, n.text.length);
    const at = { start: sp.start + span.start, end: sp.start + span.end };
    const item = enumeration && enumeration.block === block ? /^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十]，?)(.*)$/u.exec(n.text) : null;
    if (item && enumeration) {
      const name = /“([^”]{2,30})”/u.exec(item[1]!)?.[1] ?? item[1]!.replace(/[；;。，,].*$/u, '').slice(0, 24);
      found.push({ ...enumeration.base, trigger: { ...enumeration.base.trigger, object: name }, span: at, sentence: n.text, reasons: new Set([...enumeration.base.reasons, 'list-item']), countedOf: enumeration.base.trigger.object });
    } else if (!item) enumeration = null;
    if (!QUESTION.test(original) && !item) {
      const triggers = findTriggers(n.text).flatMap((t) => itemsOf(t, n.text));
      const dates = triggers.length ? findDates(n.text.replace(/《[^》]*》|（[^）]*）|\([^)]*\)/gu, (m) => '\u0000'.repeat(m.length)), article.date) : [];
      for (const t of triggers) {
        const f = partiesFor(t, s, ctx, gaz);
        if (!f) continue;
        const dated = [...dates].reverse().find((d) => d.at < t.at) ?? dates[0];
        let date = dated?.value ?? null;
        if (!date && /(本次会议|此次会议|这次会议|会议审议|(?:^|[，,])会上)/u.test(n.text)) date = leadDate;
        // 3月11日，两地举行签约仪式。会上，两地签署了…: the paragraph's date is the day of what it tells.
        if (!date && blockDate && blockDate.block === block) date = blockDate.value;
        if (headline) f.reasons.add('headline');
        if (!date) f.reasons.add('no-date');
        if (t.list) f.reasons.add('list-item');
        const confidence = Math.max(0.05, Math.min(0.99, f.confidence + (date ? 0.05 : 0) - (headline ? 0.1 : 0)));
        const base: Candidate = { trigger: t, parties: f.parties, date, span: at, sentence: n.text, confidence, reasons: f.reasons, headline };
        // 三条精品旅游线路：一是…: the items are the agreements, not their count.
        const counted = /^[两二三四五六七八九十\d]+(条|个|项|大|类|方面)/u.test(t.object.replace(/^(了|共)/u, ''));
        if (counted && /^[:：]\s*(一是|其一|第一)/u.test(n.text.slice(t.end))) {
          const first = /^[:：]\s*(?:一是|其一|第一，?)(.*)$/u.exec(n.text.slice(t.end))![1]!;
          const name = /“([^”]{2,30})”/u.exec(first)?.[1] ?? first.replace(/[；;。，,].*$/u, '').slice(0, 24);
          found.push({ ...base, trigger: { ...t, object: name }, reasons: new Set([...f.reasons, 'list-item']), countedOf: t.object });
          enumeration = { base, block };
          continue;
        }
        const split = splitByParty(t, s, f.parties, gaz);
        split.forEach((parties, i) => found.push({ ...base, parties, ...(split.length > 1 ? { item: i, reasons: new Set([...f.reasons, 'list-item' as const]) } : {}) }));
      }
    }
    if (!item && n.text.includes('日')) {
      const full = findDates(n.text, article.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d.value)).pop();
      if (full) blockDate = { value: full.value, block };
    }
    ctx.after(mentions, block, { headline, spoken, open: /[；;：:]$/u.test(n.text), future: FUTURE.test(n.text.replace(NOT_FUTURE, '')) && !/已|目前|截至/u.test(n.text) });
  }
  return finish(article, mergeStatements(found), gaz);
}

/** Relationship acts that a signing in the same sentence formalises (缔结友好城市、签订合作协议). */
const RELATION = /(友好(城市|区县|县区|县市|区市|市县|城区|乡镇|县|区|市|镇)|友城|姊妹城市|合作关系|结对合作)$/u;
const BARE_AGREEMENT = /^(了|一份|一系列)?(战略)?(合作)?(框架)?(协议书?|备忘录)$/u;

/**
 * The same agreement told twice in one article (a headline and its story; a list and its
 * explanation; 缔结友好城市、签订合作协议 in one sentence) is one: the sentence that names the document
 * (双方签署《…》), or tells it in the body, is its quote.
 */
function mergeStatements(found: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  // Only statements with the same parties can be one agreement: look among those alone (linear in a long text).
  const byParties = new Map<string, Candidate[]>();
  for (const c of found) {
    const key = partyKey(c.parties);
    const bucket = byParties.get(key) ?? [];
    const same = bucket.find((m) => sameAgreement(m, c));
    if (!same) {
      merged.push(c);
      bucket.push(c);
      byParties.set(key, bucket);
      continue;
    }
    const named = (x: Candidate) => x.trigger.object.includes('《');
    const better = !same.countedOf && (c.countedOf || (named(c) && !named(same)) || (!(named(same) && !named(c)) && (c.confidence > same.confidence || (same.headline && !c.headline))));
    if (better) {
      const reasons = new Set([...c.reasons].filter((r) => r !== 'headline' && (r !== 'no-date' || !(same.date ?? c.date))));
      Object.assign(same, { ...c, date: c.date ?? same.date, confidence: Math.max(c.confidence, same.confidence), reasons });
    } else {
      if (!same.date && c.date) same.date = c.date;
      if (!c.headline) same.reasons.delete('headline');
      if (same.date) same.reasons.delete('no-date');
    }
  }
  return merged;
}

/** Objects that say only what kind of document it was (合作协议, 方案): which one, the rest of the article says. */
const GENERIC_OBJECT = /^(了|一份|一个|该|这一)?(专项|战略|框架|合作|工作|行动)*(协议书?|备忘录|方案|计划|机制|规划)$/u;

function sameAgreement(m: Candidate, c: Candidate): boolean {
  const sameSentence = m.sentence === c.sentence;
  // Items of one list, or of a 分别 signing, are each their own.
  if (sameSentence && ((m.trigger.list && c.trigger.list) || m.item !== undefined || c.item !== undefined)) return false;
  if (m.countedOf && c.countedOf && m.trigger.object !== c.trigger.object) return false;
  if (partyKey(m.parties) !== partyKey(c.parties)) return false;
  const a = m.trigger.object;
  const b = c.trigger.object;
  // 缔结友好城市、签订合作协议: the pairing is by the agreement.
  if (sameSentence && ((RELATION.test(a) && BARE_AGREEMENT.test(b)) || (RELATION.test(b) && BARE_AGREEMENT.test(a)))) return true;
  if (m.trigger.kind !== c.trigger.kind) return false;
  // 三地将联合推出三条旅游精品线路 announces the items listed elsewhere: it is the first of them.
  const announces = (counted: string, other: string) => {
    const head = /^[两二三四五六七八九十\d]+[条个项大类]/u.exec(counted)?.[0];
    return similar(counted, other) || (!!head && other.startsWith(head) && counted.slice(-2) === other.slice(-2));
  };
  if ((m.countedOf && announces(m.countedOf, b)) || (c.countedOf && announces(c.countedOf, a))) return true;
  const x = keyOf(a).core;
  const y = keyOf(b).core;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (sameSentence && short.length >= 4 && long.includes(short) && !GENERIC_OBJECT.test(short)) return true;
  // 城际快巴 told again after 万州至达州、达州至开州城际快巴.
  if (short.length >= 4 && long.endsWith(short) && !GENERIC_OBJECT.test(short)) return true;
  // 三地共同编制方案 after 三地共同编制《…建设方案》: the same parties' same kind of document.
  if (GENERIC_OBJECT.test(x) !== GENERIC_OBJECT.test(y) && (GENERIC_OBJECT.test(x) ? b : a).includes('《')) return true;
  return similar(a, b) && (keyOf(a).core.length >= 4 || partyKey(m.parties) === partyKey(c.parties));
}

function finish(article: ArticleInput, merged: Candidate[], gaz: Gazetteer): Agreement[] {
  const text = article.text;
  const ids = new Set<string>();
  return merged
    .filter((c) => Math.round(c.confidence * 100) / 100 >= MIN_CONFIDENCE)
    .map((c) => {
      const domains: Domain[] = domainsOf(c.sentence, c.trigger.object);
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
      return a;
    });
}
