import type { Party } from '../data/agreement-schema';
import type { Reason } from '../data/agreement-vocab';
import type { Trigger } from './classify';
import { keyOf, partyKey, similar } from './merge';

/** One statement of an agreement in an article, before statements of the same agreement are merged. */
export interface Candidate {
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
  /** An item of a list read item by item: where the list lies in the article (the items of one list share it). */
  list?: { start: number; end: number };
  /** An item of an enumeration (一是…二是…): the counted object that announced it (三条精品旅游线路). */
  countedOf?: string;
  /** The parties the learned party model reads for a rule's agreement: they replace `parties` once statements are merged. */
  learnedParties?: Party[];
  /** A learned proposal's features, as the proposal scorer reads them (proposal-features.ts). */
  features?: string[];
}

/** Relationship acts that a signing in the same sentence formalises (缔结友好城市、签订合作协议). */
const RELATION = /(友好(城市|区县|县区|县市|区市|市县|城区|乡镇|县|区|市|镇)|友城|姊妹城市|合作关系|伙伴关系|结对合作)$/u;
const BARE_AGREEMENT = /^(了|一份|一系列)?(战略)?(合作)?(框架)?(协议书?|备忘录)$/u;

/**
 * The same agreement told twice in one article (a headline and its story; a list and its
 * explanation; 缔结友好城市、签订合作协议 in one sentence) is one: the sentence that names the document
 * (双方签署《…》), or tells it in the body, is its quote.
 */
export function mergeStatements(found: Candidate[]): Candidate[] {
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
      const kept = datedOf(same);
      const reasons = new Set([...c.reasons].filter((r) => r !== 'headline' && (r !== 'no-date' || !(same.date ?? c.date))));
      Object.assign(same, { ...c, confidence: Math.max(c.confidence, same.confidence), reasons });
      takeDate(same, kept);
    } else {
      takeDate(same, datedOf(c));
      if (!c.headline) same.reasons.delete('headline');
      if (same.date) same.reasons.delete('no-date');
    }
  }
  return withoutPageLines(withoutPointedBack(withoutBareSignings(withoutStandInHeadlines(merged))));
}

/** A statement's date, and whether it is from a neighbouring sentence: what `takeDate` passes on. */
export const datedOf = (c: Candidate): { date: string | null; nearby: boolean } => ({ date: c.date, nearby: c.reasons.has('nearby-date') });

/**
 * Another statement's date for an agreement: taken when it has none, or when its own is from a
 * neighbouring sentence and the other's is from the statement's own words; the mark follows the date.
 */
export function takeDate(into: Candidate, from: { date: string | null; nearby: boolean }): void {
  if (!from.date) return;
  const nearby = into.reasons.has('nearby-date');
  if (into.date && !(nearby && !from.nearby)) return;
  into.date = from.date;
  if (from.nearby) into.reasons.add('nearby-date');
  else into.reasons.delete('nearby-date');
}

/** A line of the page around the story (您现在的位置：首页>…>正文, 原标题：, …发表于, 摘要：来源：, a bar of links). */
const PAGE_LINE = /正文|原标题|您现在的位置|您的位置|当前位置|首页>|首页 >|发表于|摘要[:：]|相关新闻|\|/u;

/**
 * 您现在的位置：首页>…>正文X与Y签订合作协议, 原标题：…航线开通: a headline run into the page's furniture is not
 * known as a headline, and its parties are not the story's; when the story tells a thing of the same kind
 * with one of its parties, the page's line told that thing (round 17: on tuning a–s and za–zm, 7 of the
 * rules' statements on such lines with such a twin were false alarms, none right).
 */
function withoutPageLines(merged: Candidate[]): Candidate[] {
  const body = merged.filter((c) => !PAGE_LINE.test(c.sentence));
  if (body.length === merged.length) return merged;
  return merged.filter((c) => {
    if (!PAGE_LINE.test(c.sentence)) return true;
    const told = body.find((b) => b.trigger.kind === c.trigger.kind && b.parties.some((p) => c.parties.some((q) => p.code === q.code)));
    if (told) takeDate(told, datedOf(c));
    return !told;
  });
}

/**
 * 此次签署战略合作协议，双方将…: a signing the sentence points back to, its parties only the provinces
 * standing in, is the article's signing told before, not another.
 */
function withoutPointedBack(merged: Candidate[]): Candidate[] {
  const first = merged.findIndex((c) => c.trigger.kind === 'agreement' && !c.reasons.has('province-parties'));
  if (first < 0) return merged;
  return merged.filter((c, i) => !(i > first && c.trigger.kind === 'agreement' && c.reasons.has('province-parties') && /(?:^|[，,；;])(?:此次|本次|这次)$/u.test(c.sentence.slice(0, c.trigger.at))));
}

/**
 * 两地负责人出席并进行了签约 where the article names the document the same places signed: the bare
 * signing (签约, 成功签约, no object) is that agreement told again, not another.
 */
function withoutBareSignings(merged: Candidate[]): Candidate[] {
  const codes = (c: Candidate) => new Set(c.parties.map((p) => p.code));
  // The specific agreements by each place they name (the first few of each: a long text stays linear).
  const byCode = new Map<string | null, Candidate[]>();
  for (const c of merged) {
    if (c.trigger.generic || c.trigger.kind !== 'agreement') continue;
    for (const code of codes(c)) {
      const list = byCode.get(code) ?? [];
      if (list.length < 16) list.push(c);
      byCode.set(code, list);
    }
  }
  if (!byCode.size) return merged;
  return merged.filter((g) => {
    if (!g.trigger.generic || g.trigger.kind !== 'agreement' || !/签约$/u.test(g.trigger.object)) return true;
    const mine = [...codes(g)];
    const told = (byCode.get(mine[0] ?? null) ?? []).find((s) => mine.every((x) => codes(s).has(x)));
    if (told) takeDate(told, datedOf(g));
    return !told;
  });
}

const sidesOf = (ps: readonly Party[]) => [...new Set(ps.map((p) => p.code?.slice(0, 2)).filter(Boolean))].sort().join('');

/**
 * A headline's 川渝 (or 两地) stands for the bodies its story names: 川渝两地对外友协签署框架合作协议
 * is the story's 重庆市对外友协…共同签署《…框架合作协议》, told once, in the story.
 */
function withoutStandInHeadlines(merged: Candidate[]): Candidate[] {
  const story = new Map<string, Candidate[]>();
  for (const c of merged) {
    if (c.headline) continue;
    const key = `${c.trigger.kind}|${sidesOf(c.parties)}`;
    const bucket = story.get(key);
    if (!bucket) story.set(key, [c]);
    // The first statements of a kind are where a headline's story is told (and a long text stays linear).
    else if (bucket.length < 64) bucket.push(c);
  }
  return merged.filter((h) => {
    if (!h.headline) return true;
    const bucket = story.get(`${h.trigger.kind}|${sidesOf(h.parties)}`) ?? [];
    if (!h.parties.every((p) => p.level === 'province')) {
      // A headline naming some of the places its story lists (明月山's six counties over the story's seven) is the story's.
      const codes = (c: Candidate) => new Set(c.parties.map((p) => p.code));
      // (So is one naming the places whose bodies its story names: 荣昌区统战部 over 荣昌区委统战部; a province of
      // the headline stands for its side's places: 达州与重庆五区县 over the five named.)
      const within = bucket.find((b) => (b.parties.length > h.parties.length || (b.parties.length === h.parties.length && h.parties.some((p) => p.level !== 'organisation') && b.parties.every((p) => p.level === 'organisation'))) && h.parties.every((p) => codes(b).has(p.code) || (p.level === 'province' && [...codes(b)].some((x) => x?.slice(0, 2) === p.code?.slice(0, 2)))) && (similar(h.trigger.object, b.trigger.object) || told(keyOf(h.trigger.object).core, keyOf(b.trigger.object).core)));
      if (within) takeDate(within, datedOf(h));
      if (within) return false;
      // 安岳要闻资阳大足…领导小组会议召开 over the story's 资阳大足…领导小组: a headline naming more places than
      // its story (a section's name, the venue) tells the same thing when its story names it in full.
      const over = story.get(`${h.trigger.kind}|${sidesOf(h.parties)}`)?.find((b) => b.parties.length >= 2 && b.parties.length < h.parties.length && [...codes(b)].every((x) => codes(h).has(x)) && keyOf(b.trigger.object).core.length >= 6 && h.trigger.object.includes(b.trigger.object));
      if (over) {
        takeDate(over, datedOf(h));
        return false;
      }
      // 达州与重庆三区县签署…协议 over a signing split partner by partner: the items together are its parties
      // (a province of the headline stands for its side's places).
      const alike = bucket.filter((b) => b.trigger.list || b.item !== undefined).filter((b) => similar(h.trigger.object, b.trigger.object) || told(keyOf(h.trigger.object).core, keyOf(b.trigger.object).core));
      const union = new Set(alike.flatMap((b) => [...codes(b)]));
      const covered = (p: Party) => union.has(p.code) || (p.level === 'province' && [...union].some((x) => x?.slice(0, 2) === p.code?.slice(0, 2)));
      if (alike.length >= 2 && h.parties.every(covered)) {
        for (const b of alike) takeDate(b, datedOf(h));
        return false;
      }
      return true;
    }
    // 签署多项文化旅游合作协议 over 签署多项协议: the same count of documents, told in short.
    const plural = (x: Candidate) => PLURAL_DOCUMENTS.exec(x.trigger.object.replace(/^了/u, ''))?.[0];
    // (川渝档案馆签署数字档案共享协议 over the story's one signing of the two sides' archives, named in full.)
    const inStory = bucket.find((b) => GENERIC_OBJECT.test(keyOf(h.trigger.object).core) || similar(h.trigger.object, b.trigger.object) || (!!plural(h) && plural(h) === plural(b))) ?? (bucket.length === 1 && !plural(h) ? bucket[0] : undefined);
    if (inStory) takeDate(inStory, datedOf(h));
    return !inStory;
  });
}

const PLURAL_DOCUMENTS = /^(?:多项|多份|一批|一系列|系列|\d+项|\d+份|[两三四五六七八九十]+项|[两三四五六七八九十]+份)/u;

/** Objects that say only what kind of document it was (合作协议, 方案): which one, the rest of the article says. */
export const GENERIC_OBJECT = /^(了|一份|一个|该|这一|一揽子|一系列|系列)?(专项|战略|框架|合作|工作|行动|发展|协同发展|区域合作)*(协议书?|备忘录|方案|计划|机制|规划)$/u;

/** 缔结友好城市 told as 签订友好城市协议, 共建产业园 as 共建荣隆合作产业园: one name holds the other's last words. */
const told = (x: string, y: string) => {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const bare = short.replace(/(协议书?|备忘录|关系)$/u, '');
  return bare.length >= 3 && (long.includes(bare) || long.includes(short));
};
// A count of things before the object (6项战略合作协议) or right after it (战略合作协议6项, 协议300余份).
const COUNT = '(?:\\d+|[两二三四五六七八九十百]+)(?:余|多)?(?:个|项|份|家|批)';
const COUNT_BEFORE = new RegExp(`^了?(?:首批|第[一二三四五六七八九十]批)?${COUNT}`, 'u');
const COUNT_AFTER = new RegExp(`^${COUNT}`, 'u');
/** A statement of a counted group of things (one agreement for the group, LABELLING.md), not of one thing. */
const isGroup = (x: Candidate) => COUNT_BEFORE.test(x.trigger.object) || COUNT_AFTER.test(x.sentence.slice(x.trigger.end));
const names = (x: Candidate) => x.parties.map((p) => p.name).sort().join('|');

function sameAgreement(m: Candidate, c: Candidate): boolean {
  const sameSentence = m.sentence === c.sentence;
  // 签订协议，建立战略合作伙伴关系 (with each partner of a list in turn): the relation is by the agreement.
  if (sameSentence && partyKey(m.parties) === partyKey(c.parties) && ((RELATION.test(m.trigger.object) && BARE_AGREEMENT.test(c.trigger.object)) || (RELATION.test(c.trigger.object) && BARE_AGREEMENT.test(m.trigger.object)))) return true;
  // Items of one list, or of a 分别 signing, are each their own.
  if (sameSentence && ((m.trigger.list && c.trigger.list) || m.item !== undefined || c.item !== undefined)) return false;
  if (m.countedOf && c.countedOf && m.trigger.object !== c.trigger.object) return false;
  if (partyKey(m.parties) !== partyKey(c.parties)) return false;
  // 区委统战部…签订A，区工商联…签订B: different bodies of the same places signing in one sentence are two.
  if (sameSentence && m.trigger.at !== c.trigger.at && names(m) !== names(c) && m.parties.every((p) => p.level === 'organisation') && c.parties.every((p) => p.level === 'organisation')) return false;
  const a = m.trigger.object;
  const b = c.trigger.object;
  // A headline says in short what its story tells (签订合作备忘录 over …推进朱沱—白沙合作备忘录).
  if (m.headline !== c.headline && m.trigger.kind === c.trigger.kind && names(m) === names(c) && (GENERIC_OBJECT.test(keyOf(a).core) || GENERIC_OBJECT.test(keyOf(b).core) || told(keyOf(a).core, keyOf(b).core))) return true;
  // 缔结友好城市、签订合作协议: the pairing is by the agreement.
  if (sameSentence && ((RELATION.test(a) && BARE_AGREEMENT.test(b)) || (RELATION.test(b) && BARE_AGREEMENT.test(a)))) return true;
  if (m.trigger.kind !== c.trigger.kind) return false;
  // 三地将联合推出三条旅游精品线路 announces the items listed elsewhere: it is the first of them.
  const announces = (counted: string, other: string) => {
    const head = /^[两二三四五六七八九十\d]+[条个项大类]/u.exec(counted)?.[0];
    return similar(counted, other) || (!!head && other.startsWith(head) && counted.slice(-2) === other.slice(-2));
  };
  if ((m.countedOf && announces(m.countedOf, b)) || (c.countedOf && announces(c.countedOf, a))) return true;
  // 签订司法协作协议300余份 after 签署《…司法协作框架协议》: a counted group is never one document of it.
  if (isGroup(m) !== isGroup(c)) return false;
  const x = keyOf(a).core;
  const y = keyOf(b).core;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (sameSentence && short.length >= 4 && long.includes(short) && !GENERIC_OBJECT.test(short)) return true;
  // 城际快巴 told again after 万州至达州、达州至开州城际快巴.
  if (short.length >= 4 && long.endsWith(short) && !GENERIC_OBJECT.test(short)) return true;
  // 三地共同编制方案 after 三地共同编制《…建设方案》: the same parties' same kind of document.
  // 《关于…框架协议》（以下简称《战略合作协议》）, and later 《战略合作协议》签署后: the short name the article gave it.
  const shortName = (x: Candidate, y: Candidate) => y.trigger.object.startsWith('《') && new RegExp(`简称[:：]?[“"]?${y.trigger.object.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u').test(x.sentence);
  if (a.includes('《') && b.includes('《') && (shortName(m, c) || shortName(c, m))) return true;
  // (Not two named documents: 《战略合作协议》 and 《河湖治理合作协议》 are two.)
  if (GENERIC_OBJECT.test(x) !== GENERIC_OBJECT.test(y) && (GENERIC_OBJECT.test(x) ? b : a).includes('《') && !(GENERIC_OBJECT.test(x) ? a : b).includes('《')) return true;
  return similar(a, b) && (keyOf(a).core.length >= 4 || partyKey(m.parties) === partyKey(c.parties));
}
