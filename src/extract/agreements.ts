import type { Agreement, Party } from '../data/agreement-schema';
import type { Domain, Kind } from '../data/agreement-vocab';
import { domainsOf, findTriggers, type Trigger } from './classify';
import { findDates } from './dates';
import type { Gazetteer, Place } from './gazetteer';
import { normalise, originalSpan } from './normalise';
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
const FUTURE = /(将|拟|计划|争取|希望|下一步|接下来|未来|力争|要|正在|正加快|正全力|期待|推动形成|谋划|商讨)/u;
// …but 已商定, 已与…设立: done, whatever follows.
const DONE = /已(商定|达成|签|与|和|经|推动|在|搭建|实现|开|建立|共同|联合|先后)/u;
// A future act both sides state together (双方将携手共建) is surer than one side's plan.
const JOINT_SUBJECT = /^(双方|两地|两省市|川渝|川渝两地|成渝两地|两大新区|两个新区)/u;
// Both sides named by a pronoun: 两地, 双方, 两省市…
const BOTH = /(两地|双方|两省市|川渝|成渝两地|两个新区|两大新区|两新区|渝川)/u;
// 将 as the object marker (将“任务书”变成…) and 要 inside everyday words are not the future.
const NOT_FUTURE = /将(?=[“"《其这此该])|纲要|重要|主要|需要|必要|要求|要素|只要|摘要|要点|计划单列/gu;
/** Below this an act is too uncertain to list (a hope, a one-sided plan with its partner only implied). */
export const MIN_CONFIDENCE = 0.5;
const QUESTION = /[？?]\s*$/u;

interface Candidate {
  trigger: Trigger;
  parties: Party[];
  provinces: Set<string>;
  implied: boolean;
  date: string | null;
  confidence: number;
  span: { start: number; end: number };
  sentence: string;
  /** A headline or caption: the same agreement told in the body is the better quote. */
  headline: boolean;
}

function partiesOf(mentions: PlaceMention[]): Party[] {
  const out: Party[] = [];
  const push = (p: Place, name: string) => {
    if (p.code === null && p.codes.length > 1) {
      // 川渝 as a party: both provinces.
      for (const c of p.codes) push({ zh: c === '500000' ? '重庆市' : '四川省', en: '', level: 'province', code: c, codes: [c], provinces: [c] }, c === '500000' ? '重庆市' : '四川省');
      return;
    }
    const label = p.level === 'organisation' && !p.generic && name.length > p.zh.length ? name : p.zh;
    if (out.some((o) => o.code === p.code && o.level === p.level && (o.level !== 'organisation' || o.name === label || p.generic))) return;
    const party: Party = { name: label, code: p.code, level: p.level };
    if (p.level === 'new-area' && p.codes.length > 1) party.codes = [...p.codes];
    out.push(party);
  };
  for (const m of mentions) push(m.place, m.name);
  return out;
}

const provinceOfParty = (p: Party, gaz: Gazetteer): string[] =>
  p.codes ? [...new Set(p.codes.map(gaz.provinceOf).filter((x): x is string => x !== null))] : p.code ? [gaz.provinceOf(p.code)].filter((x): x is string => x !== null) : [];

/** A province named as a party alongside a place inside it adds nothing (大足与四川眉山: 四川 is 眉山's). */
function pruneProvinces(parties: Party[], gaz: Gazetteer): Party[] {
  return parties.filter((p) => {
    if (p.level !== 'province') return true;
    return !parties.some((q) => q !== p && q.level !== 'province' && provinceOfParty(q, gaz).includes(p.code!));
  });
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

function candidateFor(trigger: Trigger, text: string, speakers: [number, number][], mentions: PlaceMention[], gaz: Gazetteer, inherited: PlaceMention[] = [], pair: PlaceMention[] = []): Omit<Candidate, 'span' | 'sentence' | 'date' | 'headline'> | null {
  // Parties stand before the act or in its object, within the same clause group; places in a
  // later clause, or before a colon or semicolon, are another matter.
  const clauseEnd = (() => {
    const m = /[，。；,;]/u.exec(text.slice(trigger.end));
    return m ? trigger.end + m.index : text.length;
  })();
  const windowStart = Math.max(...[...text.slice(0, trigger.at).matchAll(/[。；;:：!！?？]/gu)].map((m) => m.index + 1), 0);
  const notSpeaker = (m: PlaceMention) => !speakers.some(([s, e]) => m.at >= s && m.end <= e && m.end <= trigger.at);
  const inWindow = mentions.filter((m) => m.at >= windowStart && notSpeaker(m));
  // 互派干部挂职交流，是两江新区、天府新区…所作的: with no party before the act, the rest of the clause group names them.
  const before = inWindow.filter((m) => m.at < clauseEnd);
  const near = [...inherited, ...(before.length || inherited.length ? before : inWindow)];
  let parties = pruneProvinces(partiesOf(near), gaz);
  const provinces = new Set(parties.flatMap((p) => provinceOfParty(p, gaz)));
  let implied = false;
  // 高校院所企业签订了10项合作协议: a signing with no place named is between the article's pair.
  const bare = near.length === 0 && trigger.kind === 'agreement' && trigger.strength >= 0.85;
  // 共建西部科学城, 合作开行…: the act itself says there is a partner; the article's pair names it.
  const coVerb = provinces.size === 1 && /^(共|联合|携手|合作|合力|互)/u.test(text.slice(trigger.at, trigger.at + 2));
  if (provinces.size < 2 && (BOTH.test(text.slice(windowStart, clauseEnd)) || bare || coVerb)) {
    // 双方/两地 are the two places the article has just been speaking of, else the provinces.
    const missing = pair.filter((m) => !m.place.provinces.every((c) => provinces.has(c)));
    if (missing.length) {
      parties = pruneProvinces(partiesOf([...near, ...missing]), gaz);
      for (const m of missing) for (const c of m.place.provinces) provinces.add(c);
      implied = true;
    }
    for (const c of ['500000', '510000']) {
      if (provinces.has(c)) continue;
      parties = [...parties, { name: c === '500000' ? '重庆市' : '四川省', code: c, level: 'province' }];
      provinces.add(c);
      implied = true;
    }
  }
  if (!(provinces.has('500000') && provinces.has('510000'))) return null;
  let confidence = trigger.strength;
  const lead = text.slice(windowStart, trigger.at).replace(NOT_FUTURE, '');
  const clause = text.slice(Math.max(windowStart, text.lastIndexOf('，', trigger.at) + 1, text.lastIndexOf(',', trigger.at) + 1), trigger.at);
  if (FUTURE.test(lead) && !DONE.test(clause)) {
    const subject = text.slice(Math.max(windowStart, text.lastIndexOf('，', trigger.at) + 1), trigger.at).replace(/^(同时|此外|比如|例如|目前|下一步)/u, '');
    confidence -= JOINT_SUBJECT.test(subject) || JOINT_SUBJECT.test(lead.replace(/^.*?[，,]/u, '')) ? 0.15 : 0.3;
  }
  void implied;
  return { trigger, parties, provinces, implied, confidence };
}

const core = (title: string) =>
  title
    .replace(/（[^）]*）|\([^)]*\)/gu, '')
    .replace(/[《》〈〉“”"'()（）\s]/gu, '')
    .replace(/^(关于贯彻落实|关于)/u, '')
    .replace(/成渝地区双城经济圈|双城经济圈|成渝地区/gu, '')
    .replace(/^(\d+个|一批|一个|两个)/u, '');

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

interface Key {
  named: boolean;
  core: string;
  grams: Set<string>;
}

const keyCache = new Map<string, Key>();
function keyOf(object: string): Key {
  let k = keyCache.get(object);
  if (!k) {
    const c = core(object);
    k = { named: object.includes('《'), core: c, grams: bigrams(c) };
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(object, k);
  }
  return k;
}

function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = keyOf(a);
  const kb = keyOf(b);
  const x = ka.core;
  const y = kb.core;
  // Short generic names (合作协议) say nothing of which agreement it is.
  if (x.length < 6 || y.length < 6) return x === y;
  if (x.includes(y) || y.includes(x)) return true;
  // Two documents named in full are the same only when one name holds the other.
  if (ka.named && kb.named) return false;
  let k = 0;
  while (k < x.length && k < y.length && x[x.length - 1 - k] === y[y.length - 1 - k]) k++;
  if (k >= 5) return true;
  let common = 0;
  for (const g of ka.grams) if (kb.grams.has(g)) common++;
  return (2 * common) / (ka.grams.size + kb.grams.size) >= 0.6;
}

const sameParties = (a: Party[], b: Party[]) => {
  const k = (ps: Party[]) => ps.map((p) => `${p.level}:${p.code}`).sort().join('|');
  return k(a) === k(b);
};

/** Items of an enumerated object (A方案、B方案和C机制等文件) each stand alone when each names its own kind. */
function splitEnumeration(t: Trigger): Trigger[] {
  const items = t.object.split(/(?<![《〈][^》〉]*)[、及和](?![^《〈]*[》〉])|(?<=》)(?=《)|(?<=[^《]*中)(?=《)/u);
  if (items.length < 2) return [t];
  const bare = (i: string) => i.replace(/等(文件)?$/u, '').replace(/(\([^)]*\)|（[^）]*）)/gu, '').replace(/[》〉”]+$/u, '');
  const kinds = items.map((i) => /(方案|行动计划|重点任务|机制|协议书|协议|备忘录|规划)$/u.exec(bare(i)));
  if (kinds.filter(Boolean).length < 2) return [t];
  const out: Trigger[] = [];
  items.forEach((item, i) => {
    const m = kinds[i];
    if (m) {
      const kind: Kind = /机制$/u.test(m[1]!) ? 'mechanism' : /(协议|备忘录)$/u.test(m[1]!) ? 'agreement' : 'plan';
      out.push({ ...t, kind, object: item.replace(/等(文件)?$/u, '') });
    }
  });
  return out;
}

/** The agreements one article states, each with the sentence that says so. Pure: no I/O. */
export function extractAgreements(article: ArticleInput, gaz: Gazetteer): Agreement[] {
  const text = article.text;
  const found: Candidate[] = [];
  // The lead's first full date is the day of the event the article reports (本次会议).
  const allDates = findDates(normalise(text.slice(0, 4000)).text, article.date);
  const leadDate = allDates.find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value))?.value ?? null;
  let previous = '';
  // The last two places, one on each side of the line, that a sentence named together.
  let pair: PlaceMention[] = [];
  // Who spoke last: a clause with no subject of its own (已与四川联合设立…) has the speaker's.
  let speaker: PlaceMention[] = [];
  let speakerBlock = -1;
  let pairBlock = -1;
  const blockList = blocks(text);
  // Sentences come in order, so the block an offset lies in is found by walking forward.
  let blockAt = 0;
  const blockOf = (at: number) => {
    while (blockAt < blockList.length - 1 && at >= blockList[blockAt]!.end) blockAt++;
    return blockAt;
  };
  for (const s of sentences(text)) {
    const original = text.slice(s.start, s.end);
    const n = normalise(original);
    const prevText = previous;
    previous = n.text;
    const mentions = placesIn(n.text, gaz);
    const pairNow = pair;
    const pairBlockNow = pairBlock;
    const spoken = speakerClauses(n.text);
    const speakerNow = mentions.filter((m) => spoken.some(([a, b]) => m.at >= a && m.end <= b)).map((m) => ({ ...m, at: -1, end: -1 }));
    if (speakerNow.length) {
      speaker = speakerNow;
      speakerBlock = blockOf(s.start);
    }
    const specific = mentions.filter((m) => m.place.level !== 'province');
    if (new Set(specific.flatMap((m) => m.place.provinces)).size === 2) {
      pair = specific;
      pairBlock = blockOf(s.start);
    }
    if (QUESTION.test(original)) continue;
    const triggers = findTriggers(n.text).flatMap(splitEnumeration);
    if (triggers.length === 0) continue;
    const headline = /^[#【□]/u.test(n.text) || !/[。！!；;”」』）)]$/u.test(n.text);
    const dates = findDates(n.text.replace(/《[^》]*》|（[^）]*）|\([^)]*\)/gu, (m) => '\u0000'.repeat(m.length)), article.date);
    for (const t of triggers) {
      // 双方公安分局: a body of "both sides" is the pair's, when the paragraph has just named the pair.
      const local = pairBlockNow === blockOf(s.start) && pairNow.some((m) => m.place.level !== 'organisation');
      const here = local ? mentions.flatMap((m) => (m.place.generic ? [] : [m])) : mentions;
      const genericOnly = local && here.length < mentions.length;
      let c = candidateFor(t, n.text, spoken, genericOnly ? here : mentions, gaz, [], genericOnly ? pairNow.filter((m) => m.place.level !== 'organisation') : pairNow);
      // 商奎介绍，…已与四川联合设立…基金: a clause with no subject of its own has the speaker's.
      if (!c && speaker.length && speakerBlock === blockOf(s.start) && /(与|和|同|跟|携手|联合)/u.test(n.text.slice(0, t.at))) {
        c = candidateFor(t, n.text, spoken, mentions, gaz, speaker);
        if (c) c.confidence -= 0.05;
      }
      // 会议签署了战略合作协议: the parties are in the sentence before.
      if (!c && /^(会议|会上|双方|两地|此次|本次|这次|该|其中)/u.test(n.text.slice(Math.max(0, n.text.lastIndexOf('，', t.at) + 1)))) {
        c = candidateFor(t, n.text, spoken, mentions, gaz, placesIn(prevText, gaz).map((m) => ({ ...m, at: -1, end: -1 })));
        if (c) c.confidence -= 0.1;
      }
      if (!c) continue;
      const dated = [...dates].reverse().find((d) => d.at < t.at) ?? dates[0];
      let date = dated?.value ?? null;
      if (!date && /(本次会议|此次会议|这次会议|会议审议|会上)/u.test(n.text)) date = leadDate;
      const span = originalSpan(n, 0, n.text.length);
      const confidence = Math.max(0.05, Math.min(0.99, c.confidence + (date ? 0.05 : 0) - (headline ? 0.1 : 0)));
      found.push({ ...c, date, span: { start: s.start + span.start, end: s.start + span.end }, sentence: n.text, confidence, headline });
    }
  }
  // The same agreement told twice (a headline and its story; a list and its explanation) is one.
  const merged: Candidate[] = [];
  for (const c of found) {
    const same = merged.find(
      (m) => m.trigger.kind === c.trigger.kind && similar(m.trigger.object, c.trigger.object) && (keyOf(m.trigger.object).core.length >= 4 || sameParties(m.parties, c.parties)),
    );
    if (!same) {
      merged.push(c);
      continue;
    }
    // The sentence that names the document (双方签署《…》) or tells it in the body is the better quote.
    const named = (x: Candidate) => x.trigger.object.includes('《');
    if ((named(c) && !named(same)) || (!(named(same) && !named(c)) && (c.confidence > same.confidence || (same.headline && !c.headline)))) Object.assign(same, { ...c, date: c.date ?? same.date, confidence: Math.max(c.confidence, same.confidence) });
    else if (!same.date && c.date) same.date = c.date;
  }
  const ids = new Set<string>();
  return merged
    .filter((c) => c.confidence >= MIN_CONFIDENCE)
    .map((c) => {
      const domains: Domain[] = domainsOf(c.sentence, c.trigger.object);
      const { zh, en, slug } = titlesOf(c.trigger, c.parties, domains, gaz);
      const prefix = article.file.replace(/\.[a-z]+$/iu, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').split('-')[0] || 'local';
      let id = `${prefix}-${slug}`.slice(0, 56).replace(/-+$/u, '');
      for (let k = 2; ids.has(id); k++) id = `${prefix}-${slug}`.slice(0, 52).replace(/-+$/u, '') + `-${k}`;
      ids.add(id);
      return {
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
    });
}
