/**
 * One act's parties and how sure it is: who the sentence names (or the article, when it says only
 * 双方/两地), whether it is done or planned, and the agreements a list of parties makes of it.
 */
import type { Party } from '../data/agreement-schema';
import type { Reason } from '../data/agreement-vocab';
import type { Trigger } from './classify';
import { detached, type ArticleContext } from './context';
import type { Gazetteer } from './gazetteer';
import { crosses, oneSidePair, partiesOf, prefacingPrefectures, provinceParty, provincesOfParty, pruneParties } from './parties';
import { placesIn, type PlaceMention } from './places';

// Words that put the act in the future or in the hoping: still an agreement when a named partner
// is in it, but less surely one.
export const FUTURE = /(将|拟|计划|争取|希望|下一步|接下来|未来|力争|要|正在|正加快|正全力|期待|推动形成|谋划|商讨|也会|还会|将会|会继续|会进一步)/u;
// …but 已商定, 已与…设立: done, whatever follows.
const DONE = /已(商定|达成|签|与|和|经|推动|在|搭建|实现|开|建立|共同|联合|先后)/u;
// A future act both sides state together (双方将携手共建) is surer than one side's plan.
const JOINT_SUBJECT = /^(双方|两地|三地|四地|多地|两省市|川渝|川渝两地|成渝两地|两大新区|两个新区|两区|两县|两市|两镇|[^，,]{0,12}三地)/u;
// Both (or all) sides named by a pronoun: 两地, 双方, 三地…
const BOTH = /(两地|双方|三地|三方|四地|四方|多地|两省市|两区县|两区|两县|两市|两镇|两个新区|两大新区|两新区|渝川)/u;
// 将 as the object marker (将“任务书”变成…), 要 inside everyday words and 要持续推动 (work carried on) are not the future.
export const NOT_FUTURE = /将(?=[“"《其这此该])|(?:要|将)(?=持续|继续)|纲要|重要|主要|需要|必要|要求|要素|只要|摘要|要点|计划单列|虚拟|模拟/gu;
// A sentence that goes on from the one before: its parties are that sentence's.
const FOLLOWS = /^(会议|会上|双方|两地|三地|此次|本次|这次|该|其中|同时|此外|随后|当天|当日|期间)/u;
const INSTRUCTION = /(?:落实|贯彻|按照|根据|遵照|依照)[^，。；,;]{0,60}?(?:部署|精神|要求|决策|指示|安排|批示)/gu;
// 为推动渝东北川东北地区一体化发展，…: the clause names the work's aim, not who acts.
const PURPOSE = /(?:^|[，。；,;])为了?(?:推动|推进|深化|加快|促进|助力|服务|融入|深度融入|共同推动|更好地?推动|进一步推动)[^，。；,;]{2,60}[，,]/gu;
// 借力成德眉资同城化…等合作平台，…: the means the act draws on, not who acts.
const MEANS = /(?:^|[，。；,;]|[区县市])(?:借力|借助|依托|利用|抢抓)[^，。；,;]{2,60}?(?:平台|机遇|契机|优势|红利)[，,]/gu;
const NUMERAL = '一二三四五六七八九十';
// Places outside both provinces (the other provinces, their capitals, some countries): a partner the atlas has no district for.
const OUTSIDE = /(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾|西安|贵阳|昆明|武汉|长沙|兰州|南宁|广州|深圳|杭州|南京|郑州|雄安|遵义|毕节|汉中|安康|恩施|宜昌|越南|老挝|泰国|新加坡|日本|韩国|德国|法国|英国|美国|意大利|匈牙利|俄罗斯|巴基斯坦|印度|澳大利亚|荷兰|比利时|西班牙)(?:省|市|国|自治区)?/u;
/** How many places a counted reference names (九地, 八个市、区, 7区县), or 0. */
function countedPlaces(s: string): number {
  const m = /(\d{1,2}|[一二三四五六七八九十]{1,3})个?(?:地|市区县|市、区|市区|区县|区（市）县|区\(市\)县|市县|县区|区市|县市|城市|个区|个县|区|县|市)(?![长委政])/u.exec(s);
  return m ? numeral(m[1]!) : 0;
}

/** How many places a count right after a side's name gives (三地区, 3个区县, 两市), or 0. */
function sideCount(after: string): number {
  const m = /^(\d{1,2}|[两二三四五六七八九十]{1,2})个?(?:地区|区县|区市县|市区县|区（县）|地|市|区|县)/u.exec(after);
  return m ? numeral(m[1]!) : 0;
}

/** A number in digits or in characters up to 99 (三, 两, 十二, 二十三). */
function numeral(w: string): number {
  if (/^\d+$/u.test(w)) return Number(w);
  if (w === '两') return 2;
  if (w.length === 1) return NUMERAL.indexOf(w) + 1;
  if (w.startsWith('十')) return 10 + NUMERAL.indexOf(w[1]!) + 1;
  return (NUMERAL.indexOf(w[0]!) + 1) * 10 + (w[2] ? NUMERAL.indexOf(w[2]) + 1 : 0);
}

/** Where the clause an offset lies in begins (after the last clause or sentence mark). */
const clauseStart = (text: string, at: number) => Math.max(...[...'，。；,;：:'].map((c) => text.lastIndexOf(c, at - 1) + 1));

/** A sentence's clauses that name whose decisions are carried out, and its purpose and means clauses: found once per sentence. */
let clausesMemo: { text: string; instruction: (readonly [number, number])[]; aims: (readonly [number, number])[] } | null = null;
function clausesOf(text: string) {
  if (clausesMemo?.text !== text) {
    const spans = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as const);
    clausesMemo = { text, instruction: spans(INSTRUCTION), aims: [...spans(PURPOSE), ...spans(MEANS)] };
  }
  return clausesMemo;
}

/** A thing's name right after a compound (川渝|产业合作示范园): the compound is its brand. */
const BRANDED = /^\p{Script=Han}{0,10}?(?:示范园区?|产业园区?|合作园区?|示范区|合作区|先行区)/u;

// Words that make what follows the work's aim (有利于共建…, 旨在打造…), not an act.
// (大力支持川渝共建X: support for others' work, not an act of the speaker's.)
const AIM = /(有利于|有助于|旨在|以便|致力于|意在|目的是|目标是|大力支持|全力支持|积极支持|支持(?!下))[^，,；;。：:]{0,8}$/u;
// A sentence of a policy's aims (支持…, 鼓励…, 要…): what it asks for, not what was done.
const POLICY = /^(?:支持|鼓励|推动|加快|着力|要|应|须|必须|力争|争取|深化|加强|推进|引导)/u;
// What may open a clause whose subject is left out, before its 与 (…，还与重庆市科技局签署).
// (我们 is the speaker's own side: 我们通过与X建立…)
const LEFT_OUT = /^(?:我们)?(?:还|也|并|又|已|先后|分别|积极|主动|日前|近日|近期|此前|随后|通过|主要)*$/u;
// Whom the act is with: 与/和/同/跟 before it.
const WITH = /(与|和|(?<![协共相认赞连合])同(?!时|样|步|期|比|城)|跟|携手|联合)/u;
/** Mentions in a clause that introduces a speaker (重庆市交通局局长许仁安说) name who speaks, not who agrees. Found once per sentence. */
export function speakerClauses(text: string): [number, number][] {
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
export interface Sentence {
  text: string;
  /** A headline or a line with no end mark. */
  headline: boolean;
  mentions: PlaceMention[];
  speakers: [number, number][];
  block: number;
}

export interface Found {
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
export function partiesFor(t: Trigger, s: Sentence, ctx: ArticleContext, gaz: Gazetteer): Found | null {
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
  // 落实重庆市委、四川省委…的部署: whose decisions the act carries out, not who acts.
  const { instruction, aims } = clausesOf(text);
  // 为推动共建X，…; 抢抓参与共建X等重大机遇，…: a thing named in the work's aim or means is no act of its own.
  if (aims.some(([a, b]) => t.at >= a && t.end <= b)) return null;
  if (/(?:借力|借助|依托|利用|抢抓|抓住)[^，。；,;]{0,60}$/u.test(text.slice(Math.max(0, t.at - 64), t.at)) && /^[^，。；,;]{0,40}?(?:平台|机遇|契机|红利)/u.test(text.slice(t.end, t.end + 44))) return null;
  const instructing = [...instruction, ...aims.filter(([, e]) => e <= t.at)];
  const notSpeaker = (m: PlaceMention) => !s.speakers.some(([a, b]) => m.at >= a && m.end <= b && m.end <= t.at) && !instructing.some(([a, b]) => m.at >= a && m.end <= b);
  // A list item (普通公路…等框架合作协议) has the places of its own words, not its neighbours'.
  const notOtherItem = (m: PlaceMention) => !t.list || m.at < t.list.start || m.at >= t.list.end || (m.at >= t.at && m.end <= t.end);
  const inWindow = s.mentions.filter((m) => m.at >= windowStart && notSpeaker(m) && notOtherItem(m));
  // 互派干部挂职交流，是两江新区、天府新区…所作的: with no party before the act, the rest of the clause group names them.
  let before = inWindow.filter((m) => m.at < clauseEnd);
  // …A、B签订X，C、D签订Y: a clause naming places on both sides of its own is its act's, not the clause before's.
  const actClause = clauseStart(text, t.at);
  const ownClause = before.filter((m) => m.at >= actClause && m.end <= t.at && m.place.level !== 'province');
  if (ownClause.length >= 2 && ownClause.length < before.length && crosses(partiesOf(ownClause), gaz)) before = ownClause;
  let own = before.length ? before : inWindow;
  // 两县将共建明月山绿色发展示范带: a compound in the thing's name names the thing's places, not the
  // parties, when named places already cross the line; when the signers are provinces or their
  // departments (两地交通部门签署…“万—达—开”交通融合发展框架合作协议) they are the places concerned.
  // (A zone across the line, 共同建起了高竹新区, is a place made, not an abbreviation: its sides stay.)
  const inObject = own.filter((m) => m.at >= t.at && m.end <= t.end && !m.place.generic && m.place.level !== 'new-area' && (gaz.names.get(m.name)?.length ?? 0) > 1);
  if (inObject.length) {
    const rest = own.filter((m) => !inObject.includes(m));
    // 双方联合打造川南渝西陶产业联盟: 双方 are the parties, the paragraph says which; the name says where.
    const pronounSubject = BOTH.test(text.slice(windowStart, t.at)) && !rest.some((m) => m.place.level !== 'province');
    // 共同打造服务成渝两大都市的乡村旅游示范带: a compound in a 的-phrase says whom the thing serves;
    // with no one named before the act, the paragraph's pair made it.
    const modifier = inObject.every((m) => text.slice(m.end, t.end).includes('的')) && !rest.some((m) => m.at < t.at && m.place.level !== 'province');
    // (A province's own department, 四川省交通运输厅, is no nearer place: the compound says which places.)
    const nearer = rest.filter((m) => m.place.level !== 'province' && !(m.place.level === 'organisation' && (m.place.code === '500000' || m.place.code === '510000')));
    if (pronounSubject || crosses(partiesOf(nearer), gaz)) own = rest;
    else if (modifier && ctx.group) {
      own = [...rest, ...ctx.group.mentions];
      reasons.add('context-parties');
    }
  }
  // 川渝产业合作示范园建设要…建立协调机制: 川渝 naming a thing, with no one else named, is the thing's brand; the
  // pair the article has just named (开州区和开江县就川渝产业合作示范园…交流) are its parties.
  if (own.length && ctx.group && s.block - ctx.group.block <= 1 && own.every((m) => m.place.level === 'province' && (gaz.names.get(m.name)?.length ?? 0) > 1 && m.end <= t.at && BRANDED.test(text.slice(m.end, m.end + 16)))) {
    own = ctx.group.mentions;
    reasons.add('context-parties');
  }
  // 驿站作为川渝毗邻地区…的载体，已实现两地…; 共建川渝美丽乡村示范带: 川渝 describing a region or a thing (not
  // opening its clause, or after the act) names no one; the context says who acts.
  // (Only the bare compound before a noun, and only when a pair is at hand: the paragraph's or the one
  // before's, or the headline's places below the provinces.)
  const describing = (m: PlaceMention) =>
    (m.name === '川渝' || m.name === '成渝') && /^\p{Script=Han}/u.test(text.slice(m.end, m.end + 1)) && !/^(两地|双方|两省|党委|政府|地区|共同|联合|携手|合作|签|共建)/u.test(text.slice(m.end, m.end + 3)) && (m.at > t.at || clauseStart(text, m.at) < m.at);
  const pairAtHand = (ctx.group && s.block - ctx.group.block <= 1) || ctx.headline.some((m) => m.place.level !== 'province');
  if (own.length && own.every(describing) && pairAtHand) own = [];
  // 两大新区共同推动…: the new areas named last, whatever pair was named since or is told after the act.
  if (ctx.areas && /(两大新区|两个新区|两新区)/u.test(text.slice(Math.max(windowStart, clauseStart(text, t.at)), t.end)) && !own.some((m) => m.at < t.at && m.place.level === 'new-area')) {
    own = ctx.areas;
    reasons.add('context-parties');
  }
  // 双方公安分局, 两地交通部门: the bodies of the places the paragraph has just named together.
  // (Not such bodies told after the act's clause: 两大新区共同推动…，…双方税务部门开展… are another act's.)
  const pairBodies = own.filter((m) => m.place.generic && /^(两地|双方)/u.test(m.name) && (m.at < clauseEnd || before.length > 0));
  const ownPair = own.filter((m) => !pairBodies.includes(m) && m.at < t.at && m.place.level !== 'province' && m.place.level !== 'organisation');
  // 铜梁区、安岳县两地交通部门: the bodies of the places the sentence names.
  if (pairBodies.length && crosses(partiesOf(ownPair), gaz)) own = own.filter((m) => !pairBodies.includes(m));
  else if (pairBodies.length && ctx.group && (ctx.group.block === s.block || /^双方/u.test(pairBodies[0]!.name))) {
    // 双方公安分局 in an article about 两江新区 and 天府新区: the pair's bodies, even paragraphs later.
    own = [...own.filter((m) => !pairBodies.includes(m)), ...ctx.group.mentions];
    reasons.add('context-parties');
  }
  // 巴中市与重庆三地区, 达州与重庆市三区县: a side's province with a count stands for that side's latest list of so many.
  let sideCounted = false;
  own = own.flatMap((m) => {
    if (m.place.level !== 'province' || m.end < 0) return [m];
    const n = sideCount(text.slice(m.end, m.end + 6));
    const side = n >= 2 ? ctx.sideListOf(m.place.code!, n) : null;
    if (!side) return [m];
    reasons.add('context-parties');
    sideCounted = true;
    return side.map((x) => ({ ...x, at: m.at, end: m.end }));
  });
  // 川渝九地, 八个市、区经信部门: a count of places points back to the latest list of that many.
  const pointed = countedPlaces(text.slice(windowStart, t.at));
  const distinct = new Set(own.filter((m) => m.place.level !== 'province' && m.place.code).map((m) => m.place.code)).size;
  const list = pointed && !sideCounted && distinct !== pointed ? (ctx.listOf(pointed) ?? (pointed >= 3 ? ctx.listAhead(pointed) : null)) : null;
  if (list) {
    own = [...own.filter((m) => m.place.level !== 'province' && !(m.place.level === 'organisation' && (m.place.code === '500000' || m.place.code === '510000'))), ...list];
    reasons.add('context-parties');
  }
  // …，C公司、匈牙利D联盟签订《E》: the clause's own signers, one of them outside both provinces, are the act's;
  // the places of the sentence's other clauses are not.
  const ownClauseStart = clauseStart(text, t.at);
  // (An item of a list is not signed by the items before it: 开通云南X港、四川Y港至Z港的… names no signer in 云南.)
  const outsideSigner = OUTSIDE.exec(text.slice(ownClauseStart, Math.max(ownClauseStart, Math.min(t.at, t.list?.start ?? t.at))));
  const clauseSigners = own.filter((m) => m.at >= ownClauseStart && m.end <= t.at);
  if (outsideSigner && !WITH.test(text.slice(ownClauseStart, ownClauseStart + outsideSigner.index)) && clauseSigners.length > 0 && !crosses(partiesOf(clauseSigners), gaz)) return null;
  own = ctx.narrow(own);
  const adjacent = prefacingPrefectures(own, gaz);
  let parties = pruneParties(partiesOf(own), gaz, adjacent);
  let confidence = t.strength;
  if (own.some((m) => m.place.guess)) {
    reasons.add('province-parties');
    confidence -= 0.05;
  }
  // 两地发挥川渝毗邻地区的优势: with 两地/双方 the subject, 川渝 says where they lie; the paragraph's places are the pair.
  const pronounSubject = BOTH.test(text.slice(windowStart, t.at));
  const provincesOnly = parties.length > 0 && parties.every((p) => p.level === 'province') && own.every((m) => m.place.level === 'province');
  if (pronounSubject && provincesOnly && ctx.group && ctx.group.block === s.block) {
    own = [];
    parties = [];
  }
  if (!crosses(parties, gaz)) {
    const span = text.slice(windowStart, clauseEnd);
    const specific = own.filter((m) => m.place.level !== 'province');
    // (三方合作协议 after three named bodies counts them; it is no 双方 pointing elsewhere.)
    const pronoun = BOTH.test(text.slice(windowStart, t.at)) || (BOTH.test(span) && specific.length < 2);
    const coVerb = parties.length > 0 && /^(共|联合|携手|合作|合力|互)/u.test(text.slice(t.at, t.at + 2));
    // (A named joint meeting, …气象合作联席会议, is both sides' by its name: with no one named, as bare as a plain signing.)
    // (So is a thing named as built together, A、B等合作共建项目.)
    const bare = ((specific.length === 0 || before.length === 0) && t.strength >= 0.85) || (!!t.event && specific.length === 0 && !s.mentions.some((m) => m.at >= t.at && m.end <= t.end)) || (specific.length === 0 && (/\p{Script=Han}{4}联席会议?$/u.test(t.object) || /(?:合作共建|共建)项目$/u.test(text.slice(Math.min(t.at, t.list?.start ?? t.at), Math.max(t.end, t.list?.end ?? t.end)))));
    const withSpeaker = ctx.speaker && ctx.speaker.block === s.block && WITH.test(text.slice(windowStart, t.at));
    const follows = ctx.previous && ctx.previous.block === s.block && (ctx.previous.open || FOLLOWS.test(text.slice(Math.max(windowStart, text.lastIndexOf('，', t.at) + 1))));
    // 漫客空间与天府新区行政审批局合作: one side placed, its partner a body of no known place; the
    // paragraph's pair says which place that body is of.
    const w = WITH.exec(text.slice(windowStart, t.at));
    const joinAt = w ? windowStart + w.index : -1;
    const placedBefore = own.some((m) => m.at >= 0 && m.at < joinAt);
    const placedAfter = own.some((m) => m.at > joinAt && m.at < t.at);
    // 江津区还与河北省雄安新区签订…, A与越南X公司签订…: a partner outside both provinces is no partner the context could name.
    const outside = OUTSIDE.test(text.slice(Math.max(windowStart, clauseStart(text, t.at)), t.end));
    const partnerUnplaced = !!w && !t.generic && t.strength >= 0.75 && placedBefore !== placedAfter && !outside;
    // …，共建A联盟、B党支部12个: a clause opened by a verb of doing together that names no one is the pair's the article is about.
    // (Not in a list of aims a policy sets, 支持…，共建X.)
    const jointNoOne = parties.length === 0 && !s.headline && !POLICY.test(text) && !t.generic && /^(共建|共同|联合|携手|合力)/u.test(text.slice(t.at, t.at + 2)) && !/[与和同跟]$/u.test(text.slice(Math.max(0, t.at - 1), t.at));
    // (The whole article's places are read only when no nearer source gives the pair: a function until then.)
    const sources: (PlaceMention[] | (() => PlaceMention[]))[] = [];
    if (pronoun || coVerb || bare || partnerUnplaced) {
      if (ctx.group && ctx.group.block === s.block) sources.push(ctx.group.mentions);
    }
    // 例如，建立了A机制；探索建立了B机制；共建C示范区: a clause with no subject of its own going on from
    // the sentence before is that sentence's subject's act.
    const subjectless = !own.some((m) => m.at >= 0 && m.at < t.at);
    if (follows && (pronoun || coVerb || bare || specific.length > 0)) sources.push(ctx.previous!.mentions);
    if (withSpeaker || ((pronoun || bare) && ctx.speaker && ctx.speaker.block === s.block)) sources.push(ctx.speaker!.mentions);
    if (pronoun || bare || jointNoOne) {
      if (ctx.group) sources.push(ctx.group.mentions);
      if (ctx.headline.length) sources.push(ctx.headline);
    }
    if (pronoun) sources.push(ctx.main());
    // 与重庆市科技局签署…, no one before 与: the subject left out is the article's own side — its headline,
    // the places it names most, read to its end.
    // (Only the side the act lacks: a side it names keeps its own places.)
    const ownSides = new Set(own.flatMap((m) => (m.place.level === 'province' ? [] : m.place.provinces)));
    const lacking = (ms: readonly PlaceMention[]) => ms.filter((m) => !m.place.provinces.every((p) => ownSides.has(p)));
    // (The clause opens with 与: a subject of no known place, 基本区域与…, is still a subject.)
    const leftOut = partnerUnplaced && !placedBefore && LEFT_OUT.test(text.slice(clauseStart(text, joinAt + 1), joinAt));
    if (leftOut && ctx.headline.length) sources.push(lacking(ctx.headline));
    if (pronoun || bare || leftOut || jointNoOne) sources.push(() => lacking(ctx.whole()));
    // 《潼南区安居区合作框架协议》正式签署: with no one else named, the document's name says who.
    if (t.object.includes('《')) sources.push(detached(placesIn(t.object.replace(/[《》]/gu, ''), gaz)));
    if (follows && subjectless) sources.push(ctx.previous!.mentions);
    let filled = false;
    for (const source of sources) {
      const src = typeof source === 'function' ? source() : source;
      const more = pruneParties(partiesOf([...own, ...ctx.narrow(src)]), gaz, adjacent, true);
      if (crosses(more, gaz)) {
        parties = more;
        filled = true;
        reasons.add('context-parties');
        confidence -= src === ctx.group?.mentions && ctx.group.block === s.block ? 0 : 0.05;
        break;
      }
    }
    // (Two named places of one side acting together are their own pair, not a half the other province completes.)
    const onePair = specific.length >= 2 && new Set(specific.map((m) => m.place.code)).size >= 2 && !pronoun;
    if (!filled && (pronoun || bare || coVerb || leftOut) && !s.headline && !onePair) {
      // 双方 with no places named anywhere near: the two provinces, said to be a guess.
      const have = new Set(parties.flatMap((p) => provincesOfParty(p, gaz)));
      for (const c of ['500000', '510000'] as const) if (!have.has(c)) parties = [...parties, provinceParty(c)];
      reasons.add('province-parties');
      confidence -= 0.05;
    }
    // 成都市与宜宾市签署合作协议 in an article about the economic circle: two named places of one side
    // signing with each other are cooperation within the circle (the labelling rules count it), not one side's own act.
    if (!crosses(parties, gaz) && !(onePair && placedBefore && placedAfter && !filled && ctx.circle && oneSidePair(parties, gaz) && t.strength >= 0.85 && !t.generic && !s.headline)) return null;
  }
  // 区委常委会审议了《…》 after a sentence naming 重庆四川党政联席会议: no places, no agreement. (But two sides'
  // departments or federations meeting, 重庆市文联 and 四川省文联, adopt their joint plan as places do.)
  const departments = parties.length >= 2 && parties.every((p) => p.level === 'organisation' && /(?:局|厅|文联|工商联|协会|办公室|办)$/u.test(p.name));
  if (t.placesOnly && !departments && parties.every((p) => p.level === 'province' || p.level === 'organisation')) return null;
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
  if (/以[^，,；;。]{0,30}$/u.test(text.slice(Math.max(0, t.at - 31), t.at)) && new RegExp(`^.{0,40}?为(重点|抓手|目标|契机|载体|突破口|引领|核心|主线|牵引|合作支点|支点|纽带|依托)`, 'u').test(text.slice(t.at))) {
    confidence -= 0.2;
    reasons.add('weak-act');
  }
  if (/(争取|推动|请求|报请|恳请)国家(相关部委)?$/u.test(text.slice(Math.max(0, t.at - 10), t.at))) return null;
  // 两地一直没有开通…, 尚未签署: an act denied is none.
  if (/(没有|没|尚未|从未|并未|未曾|未能|不曾|还未)$/u.test(text.slice(Math.max(0, t.at - 4), t.at))) return null;
  // 有利于共建X, 旨在打造Y: what the work is for, not a thing done.
  if (AIM.test(text.slice(Math.max(0, t.at - 12), t.at))) return null;
  if (t.strength < 0.7) reasons.add('weak-act');
  return { parties, confidence, reasons };
}
