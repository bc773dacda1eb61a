import type { Party } from '../data/agreement-schema';
import type { Sentence } from './act';
import type { Trigger } from './classify';
import type { Gazetteer } from './gazetteer';
import { crosses, oneSidePair, partiesOf } from './parties';
import type { PlaceMention } from './places';

// A count after a list of parties (6市政府, 四所高校, 2个科研院所, 三地工商联): the list is counted.
const COUNT_AFTER = /^(?:\d+|[两二三四五六七八九十]+)(?:个|所|家|座|位)?(?:市州|区县|区\(市\)县|城市|市|县|区|地|镇|乡|街道|高校|院校|大学|科研院所|院所|单位|企业|银行|医院|学校|部门|法院|检察院)/u;
const WITH = /与|和|同|跟/u;
// A count of places and one body's name for them all (五地市场监管局, 三地工商联, 4个区县法院).
const COLLECTIVE = /^\p{Script=Han}{0,8}?(?<![\d两二三四五六七八九十])(?:\d+|[两二三四五六七八九十]+)(?:个)?(?:地|区县|市县|县区)(?:的)?\p{Script=Han}{0,6}?(?:局|委|厅|办|部门|法院|检察院|工商联|商会|协会|政协|人大|文联|妇联|团委|总工会)/u;
// What stands between two items of one list: a list mark, after a count that closes a sublist and before
// a body's unplaced prefix (四所高校和中国科学院…).
const LIST_GAP = /^(?:(?:\d+|[两二三四五六七八九十]+)(?:个|所|家|座|位)?\p{Script=Han}{0,4})?[、和及](?:[^，。；：、与同跟的]{0,6})$/u;

/**
 * One agreement per partner when a party list is read item by item: A与B、C与D分别签订 (pairs); X与A、B、C
 * 分别签订, X与A、B四所高校和C、D2个院所签订 (one per partner, the other side whole); A、B、C三镇分别和D、E、
 * F、G四镇签订 (one per item of the longer side); 泸州、遂宁…6市政府与重庆市政府签署. A list that is
 * neither counted nor read 分别 (眉山与两江新区、涪陵区签订合作协议16个) is one agreement of them all, and so
 * is a thing made together by a counted list (城口县将与宣汉、万源两地共创度假区).
 */
export function splitByParty(t: Trigger, s: Sentence, parties: Party[], gaz: Gazetteer, circle = false): Party[][] {
  const text = s.text;
  // The clause group the act is in: its parties stand between the last full stop or semicolon and the act.
  let from = 0;
  for (let i = t.at - 1; i >= 0; i--)
    if ('。；！？'.includes(text[i]!)) {
      from = i + 1;
      break;
    }
  // A place written with its province or county before it (四川省武胜县万隆镇) is one place, the last.
  const ms: PlaceMention[] = [];
  for (const m of s.mentions) {
    if (m.at < from || m.at >= t.at || !m.place.code) continue;
    const last = ms[ms.length - 1];
    if (last && last.end === m.at) ms[ms.length - 1] = { ...m, at: last.at };
    else ms.push(m);
  }
  if (ms.length < 3) return [parties];
  const each = /分别/u.test(text.slice(from, t.at));
  const pairs = pairsOf(ms, text);
  const paired = each ? (pairsByItem(text, from, t.at, ms, gaz) ?? pairs?.map((pair) => partiesOf(pair))) : null;
  if (paired) {
    const split = paired.filter((ps) => crosses(ps, gaz) || (!crosses(parties, gaz) && oneSidePair(ps, gaz)));
    if (split.length === paired.length) return split;
  }
  const opened = subjectless(t, s, ms, parties, gaz);
  if (opened) return opened;
  // The two sides of the act: who stands before the last 与/和/同 joining places, and who after it.
  const join = joinOf(ms, text);
  if (join < 0) return [parties];
  // Each side is the run of places next to the join, item after item (A、B和C; 四所高校和D): not a
  // place the sentence names before the list (毗邻重庆的泸州、遂宁…).
  let a = join - 1;
  while (a > 0 && LIST_GAP.test(text.slice(ms[a - 1]!.end, ms[a]!.at))) a--;
  let b = join;
  while (b + 1 < ms.length && LIST_GAP.test(text.slice(ms[b]!.end, ms[b + 1]!.at))) b++;
  const left = ms.slice(a, join);
  const right = ms.slice(join, b + 1);
  const counted = (side: PlaceMention[]) => side.some((m) => COUNT_AFTER.test(text.slice(m.end, m.end + 8)));
  const signing = t.kind === 'agreement' || /签/u.test(text.slice(t.at, t.at + 4));
  const [many, other] = right.length >= left.length ? [right, left] : [left, right];
  // A signing with several partners named one by one (X与A、B签订《…》, X同A、B等市县签订协议) is one
  // agreement per partner, as a reader counts named items; not when the documents are counted for the
  // whole group (与A、B签订合作协议16个).
  // (共同签订 stands at the act itself: the words up to its object are read, not only those before it.)
  const perPartner = signing && other.length === 1 && many === right && !TOGETHER.test(text.slice(from, objectAt(t))) && !/(\d+|[两二三四五六七八九十]+)(个|份|项)/u.test(t.object) && !/(\d+|[两二三四五六七八九十]+)(个|份|项)/u.test(text.slice(t.end, t.end + 6));
  // 达州市局与万州区、开州区…五地市场监管局签署: a count naming the list's bodies as one group signs one document with all of them.
  const group = !each && COLLECTIVE.test(text.slice(many[many.length - 1]!.at, many[many.length - 1]!.end + 12));
  // X等4家企业分别与A、B签订: 分别 shares out a counted group the sentence does not name in full, not the
  // partners: one agreement of them all.
  const shared = each && other.length === 1 && many === right && GROUP_AFTER.test(text.slice(other[0]!.end, many[0]!.at));
  if (many.length < 2 || group || shared || !(each || (counted(many) && signing) || perPartner)) return [parties];
  // One side's parties whole, and each place of the list in turn: keep what partiesFor found (context,
  // bodies), without the list's other items.
  const codeOf = (m: PlaceMention) => partiesOf([m])[0]!;
  const listed = many.map(codeOf);
  const keep = parties.filter((p) => !listed.some((l) => l.code === p.code && l.name === p.name));
  // The other side as the list names it (合川区燕窝镇, not only 合川区), with what else partiesFor found.
  const named = partiesOf(other);
  const base = [...named, ...keep.filter((q) => !named.some((o) => o.code === q.code && o.level === q.level && (o.level !== 'organisation' || o.name === q.name)))];
  const split = listed
    .filter((p, i) => listed.findIndex((q) => q.code === p.code && q.name === p.name) === i)
    .map((p) => [p, ...base.filter((q) => q.level === 'organisation' || q.code !== p.code || q.level !== p.level)])
    .filter((ps) => crosses(ps, gaz) || (each && circle && crosses(parties, gaz) && oneSidePair(ps, gaz)));
  // (A partner of the subject's own side is its own agreement when the list signs 分别, crosses the line, and the
  // article puts its work in the 成渝 circle: the labels count two places of one side signing there. Otherwise,
  // or without 分别, such a partner makes no agreement of its own.)
  return split.length >= 1 ? split : [parties];
}

/** 等4家企业, 等三个单位: a counted group named by its first member only. */
const GROUP_AFTER = /等(?:\d+|[两二三四五六七八九十]+)[余多]?(?:家|个|所)/u;

/** Done together by all (共同签订, 联合签署, 三方签约): one agreement of the whole list, not one per partner. */
const TOGETHER = /(共同|联合|一起|三方|三地|四方|四地|多方)/u;
/** Where the act's object begins (the act's words, 共同签订了, stand between its start and there). */
const objectAt = (t: Trigger) => Math.max(t.at, t.end - t.object.length);

// A clause that opens with its partners, its subject left out (…，与A、B分别签署; …，并与A、B签订).
// (A count of documents, 30余项, 两份: the group signed them together, one agreement.)
const DOCUMENT_COUNT = /(\d+|[两二三四五六七八九十]+)[余多]?(个|份|项)/u;
const OPENS_WITH = /^(?:并|还|又|也|同时|先后|分别)?(?:分别)?[与同跟]$/u;

/**
 * A clause whose subject is left out (…赴A区、B区考察，与A区总工会、B区总工会分别签署): its partners are the run
 * of places right after the 与 that opens it, and the other side is who the act's parties hold besides
 * them (the visitors, the outlet's own body: found by the text around), never the places the clause
 * before names (those visited are the partners' places). Split as a named subject's list is: 分别, a
 * counted list, or a signing with one other party; otherwise null, and the list is read as before.
 */
function subjectless(t: Trigger, s: Sentence, ms: PlaceMention[], parties: Party[], gaz: Gazetteer): Party[][] | null {
  const text = s.text;
  const comma = Math.max(text.lastIndexOf('，', t.at - 1), text.lastIndexOf(',', t.at - 1));
  if (comma < 0) return null;
  const first = ms.findIndex((m) => m.at > comma);
  if (first < 0 || !OPENS_WITH.test(text.slice(comma + 1, ms[first]!.at))) return null;
  let last = first;
  while (last + 1 < ms.length && LIST_GAP.test(text.slice(ms[last]!.end, ms[last + 1]!.at))) last++;
  const run = ms.slice(first, last + 1);
  if (run.length < 2 || /[，,]/u.test(text.slice(run[run.length - 1]!.end, t.at))) return null;
  const listed = run.map((m) => partiesOf([m])[0]!).filter((p, i, all) => all.findIndex((q) => q.code === p.code && q.name === p.name) === i);
  const others = parties.filter((p) => !listed.some((l) => l.code === p.code));
  const clause = text.slice(comma + 1, objectAt(t));
  const signing = t.kind === 'agreement' || /签/u.test(text.slice(t.at, t.at + 4));
  const counted = run.some((m) => COUNT_AFTER.test(text.slice(m.end, m.end + 8)));
  const one = new Set(others.map((p) => p.code)).size === 1 && signing && !TOGETHER.test(clause) && !DOCUMENT_COUNT.test(t.object) && !DOCUMENT_COUNT.test(text.slice(t.end, t.end + 6));
  if (others.length === 0 || !(/分别/u.test(clause) || (counted && signing) || one)) return null;
  if (COLLECTIVE.test(text.slice(run[run.length - 1]!.at, run[run.length - 1]!.end + 12)) && !/分别/u.test(clause)) return null;
  const split = listed.map((p) => [p, ...others]).filter((ps) => crosses(ps, gaz));
  return split.length >= 1 ? split : null;
}

/**
 * A与B、C与D、E与F分别签署 read item by item: the clause before 分别 cut at its 、, each item one 与/和/同 with
 * places on both sides, each side the narrowest of its places, the last when none holds another (成都高新区
 * X园区 is X's; 天府新区成都管委会 is 天府新区's). A pair whose body's name holds a second place no longer
 * ends the list. Null when an item is no such pair: the pairs are read place by place, as before.
 */
function pairsByItem(text: string, from: number, at: number, ms: PlaceMention[], gaz: Gazetteer): Party[][] | null {
  const each = text.lastIndexOf('分别', at);
  if (each < from) return null;
  const start = Math.max(from, text.lastIndexOf('，', each) + 1, text.lastIndexOf(',', each) + 1);
  const out: Party[][] = [];
  let itemAt = start;
  for (const item of text.slice(start, each).split('、')) {
    const inItem = ms.filter((m) => m.at >= itemAt && m.end <= itemAt + item.length);
    const joins = [...item.matchAll(/与|和|同/gu)].map((j) => itemAt + j.index).filter((j) => inItem.some((m) => m.end <= j) && inItem.some((m) => m.at > j));
    if (joins.length !== 1) return null;
    const side = (sm: PlaceMention[]) => {
      const ps = partiesOf(sm);
      const narrow = ps.filter((p) => !ps.some((q) => q !== p && q.code && p.code && q.code !== p.code && gaz.within(q.code).includes(p.code)));
      return narrow[narrow.length - 1]!;
    };
    out.push([side(inItem.filter((m) => m.end <= joins[0]!)), side(inItem.filter((m) => m.at > joins[0]!))]);
    itemAt += item.length + 1;
  }
  return out.length >= 2 ? out : null;
}

/** A与B、C与D: the pairs, when the places go two by two, each pair joined by 与/和/同. */
function pairsOf(ms: PlaceMention[], text: string): PlaceMention[][] | null {
  const pairs: PlaceMention[][] = [];
  // (A first group that is no pair, 川渝X、四川省Y与重庆市Z, gives its last two; the pairs after it follow on.)
  for (let i = 0; i + 1 < ms.length; ) {
    const [a, b] = [ms[i]!, ms[i + 1]!];
    if (!/^(与|和|同)$/u.test(text.slice(a.end, b.at))) {
      if (pairs.length) break;
      i++;
      continue;
    }
    // (The pair before may end in words of a body's name no place holds: 重庆市产学研合作促进会、)
    if (pairs.length && !/^[^，。；、与和同]{0,10}[、，]$/u.test(text.slice(pairs[pairs.length - 1]![1]!.end, a.at))) break;
    pairs.push([a, b]);
    i += 2;
  }
  return pairs.length >= 2 ? pairs : null;
}

/**
 * Where the partners begin: after the 与/和/同 between two places that is not inside a list of one side
 * (A、B和C is one list; A与B、C是 two sides). The first such word after a place whose list is closed by
 * a count or 分别, or else the first 与/同/跟 (和 joins a list as often as two sides).
 */
function joinOf(ms: PlaceMention[], text: string): number {
  for (let i = 1; i < ms.length; i++) {
    const gap = text.slice(ms[i - 1]!.end, ms[i]!.at);
    if (/^(?:分别)?[与同跟]$|分别(?:与|和|同|跟)$/u.test(gap)) return i;
    if (WITH.test(gap) && (COUNT_AFTER.test(gap) || /分别/u.test(gap))) return i;
  }
  return -1;
}
