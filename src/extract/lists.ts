import type { Kind } from '../data/agreement-vocab';
import { kindOfNoun, type Trigger } from './classify';
import { ISSUE, ITEM_DOCUMENT, kindOfMade, MADE, SETUP } from './vocab';

/**
 * An act whose object is a list of named things stands for one agreement per item (the labels
 * count lists item by item): documents each with its own kind (A方案、B方案和C机制等文件), items
 * sharing one head (普通公路、内河水运…和“万—达—开”交通融合发展等框架合作协议), quoted names (建立了
 * “A”“B”“C”等工作机制), or fields counted before the act (从A、B…等8个领域深化合作，签署专项工作方案).
 * A counted group whose items are not named (27个联盟) stays one.
 */
export function itemsOf(t: Trigger, text: string): Trigger[] {
  return namedAndCounted(t) ?? titles(t, text) ?? quoted(t, text) ?? doneItems(t, text) ?? routesFrom(t, text) ?? ownOrSharedHead(t, text) ?? countedFields(t, text) ?? namedAfter(t, text) ?? bodiesEach(t, text) ?? [t];
}

/** 共同实施了A、B、C等: things done together named with no head noun, each its own, of the act's kind. */
function doneItems(t: Trigger, text: string): Trigger[] | null {
  if (!/^(?:[^、，。；]{2,12}、)+[^、，。；]{2,12}等$/u.test(t.object)) return null;
  const start = at(t, text);
  const list = { start, end: start + t.object.length };
  const items = t.object.slice(0, -1).split('、');
  const starts = startsOf(items, t.object, start);
  return items.map((item, i) => ({ ...t, object: item, at: starts[i]!, end: starts[i]! + item.length, list }));
}

const ROUTE = /^((?:[^、，。；]{2,12}、)+[^、，。；]{2,12}?)(?:至|到)([^、，。；的]{2,12}?)(的?[^、，。；]{0,12}?(?:公交|快巴|班车|专线|航线|班列|巴士|客运线路))$/u;

/**
 * 开通A、B、C至D的城际公交: a route from each place of origin to the one destination, each its own
 * (its parties its origin and the destination, with the act's subject: the other origins are no party of it).
 */
function routesFrom(t: Trigger, text: string): Trigger[] | null {
  const m = ROUTE.exec(t.object);
  if (!m) return null;
  const start = at(t, text);
  const origins = m[1]!.split('、');
  const starts = startsOf(origins, t.object, start);
  const list = { start, end: start + m[1]!.length };
  return origins.map((origin, i) => ({ ...t, object: `${origin}至${m[2]}${m[3]}`, at: starts[i]!, end: starts[i]! + origin.length, list }));
}

// 法院、检察院、公安、司法行政等部门也分别签署了: the kinds of body listed before 分别, each signing its own.
const BODIES_EACH = /((?:[^、，。；：,;:]{2,10}、)+[^、，。；：,;:]{2,10}?)等?(?:部门|单位|机关|系统)(?:也|还|均|都|亦)?分别$/u;

/** Bodies of both sides listed by kind, each signing (…等部门分别签署了合作协议): one agreement per kind. */
function bodiesEach(t: Trigger, text: string): Trigger[] | null {
  const m = BODIES_EACH.exec(text.slice(Math.max(0, t.at - 60), t.at));
  if (!m) return null;
  const items = m[1]!.split('、').map((x) => x.replace(/^(?:川渝两地|两地|双方|川渝|两省市)/u, ''));
  if (items.length < 2 || items.some((x) => x.length < 2)) return null;
  const start = t.at - m[0].length;
  return items.map((item) => ({ ...t, object: `${item}${t.object.replace(/^了/u, '')}`, list: { start, end: start + m[1]!.length } }));
}

/** 签订《A》《B》, 签署了《A》、《B》和《C》: each named document is one, of its own noun's kind. */
function titles(t: Trigger, text: string): Trigger[] | null {
  // (The last may be cut off with the page: 《A》《B…)
  const names = [...t.object.matchAll(/《[^》《]+(?:》|…$)/gu)];
  if (names.length < 2 || t.object.replace(/《[^》《]*(?:》|…$)|[、，和及与]/gu, '').length > 0) return null;
  const start = at(t, text);
  return names.map((m) => ({ ...t, object: m[0], kind: kindOfNoun(m[0]) ?? t.actKind ?? t.kind, at: start + m.index, end: start + m.index + m[0].length, list: { start, end: start + t.object.length } }));
}

/**
 * 签署5个专项协议，包括A协议、B协议…; 推出第二批通办事项，包括A、B、C等: a counted object whose items the
 * sentence then names, each one its own agreement.
 */
function namedAfter(t: Trigger, text: string): Trigger[] | null {
  if (!/(\d+|[两二三四五六七八九十]+)(个|项|份|条|批)/u.test(t.object) && !GENERIC_DOCUMENT.test(t.object)) return null;
  const m = /^[^。；]{0,8}?(?:：|，\s*(?:其中)?(?:包括|涵盖|分别是|分别为|即|主要有|具体为|主要包括|具体包括)：?)((?:[^、，。；：]{2,60}、)*[^、，。；：]{2,60}?)(?:等|[，。；]|$)/u.exec(text.slice(t.end));
  if (!m) return null;
  const start = t.end + m.index + m[0].indexOf(m[1]!);
  // (…、B联盟和C联盟: the last two are two things when each is named by its own noun.)
  const items = m[1]!.split('、').flatMap((item) => {
    const parts = item.split(/[和及](?![^《]*》)/u);
    return parts.length > 1 && parts.every((p) => p.length >= 2 && kindOfNoun(p)) ? parts : [item];
  });
  if (items.length < 2 || items.length > 30) return null;
  // Each item keeps the act's place in the sentence: its parties are the act's (before any colon).
  return items.map((item) => {
    const name = item.replace(/^[“"《]|[”"》]$/gu, '');
    return { ...t, object: name, kind: kindOfNoun(name) ?? t.kind, list: { start, end: start + m[1]!.length } };
  });
}

/**
 * 双城经济圈高校联盟等27个联盟, 《X协议》等5个合作协议: the one named, and the others as one group
 * (their items are not named).
 */
function namedAndCounted(t: Trigger): Trigger[] | null {
  // A等6个职教集团、B等4个联盟: each group in turn.
  const groups = t.object.split(/、(?=[^、]{2,40}?等(?:\d+|[两三四五六七八九十]+)(?:个|项|份))/u);
  if (groups.length > 1) {
    const each = groups.map((object) => namedAndCounted({ ...t, object }));
    return each.every(Boolean) ? each.flatMap((g) => g!.map((x) => ({ ...x, list: { start: t.at, end: t.end } }))) : null;
  }
  const m = /^(.{2,40}?)等(\d+|[两三四五六七八九十]+)(个|项|份)(.{1,8})$/u.exec(t.object);
  const n = m ? countOf(m[2]!) : 0;
  if (!m || n < 2 || !kindOfNoun(m[4]!) || kindOfNoun(m[1]!) !== kindOfNoun(m[4]!) || /[、和及]/u.test(m[1]!.replace(/《[^》]*》/gu, ''))) return null;
  // 《A协议》《B协议》等5个专项协议: A, B, and the other 3 as one group.
  const titles = /^(?:《[^》]+》){2,}$/u.test(m[1]!) ? m[1]!.match(/《[^》]+》/gu)! : [m[1]!];
  if (titles.length >= n) return titles.map((object) => ({ ...t, object, list: { start: t.at, end: t.end } }));
  return [
    ...titles.map((object) => ({ ...t, object, ...(titles.length > 1 ? { list: { start: t.at, end: t.end } } : {}) })),
    { ...t, object: `其余${n - titles.length}${m[3]}${m[4]}`, ...(titles.length > 1 ? { list: { start: t.at, end: t.end } } : {}) },
  ];
}

const at = (t: Trigger, text: string) => {
  const i = text.indexOf(t.object, t.at);
  return i >= 0 ? i : t.end - t.object.length;
};

/** Where each item of a list starts in the text, the object itself starting at `start`: each found after the one before. */
function startsOf(items: readonly string[], object: string, start: number): number[] {
  let offset = 0;
  return items.map((item) => {
    const s = start + object.indexOf(item, offset);
    offset = s - start + item.length;
    return s;
  });
}

function quoted(t: Trigger, text: string): Trigger[] | null {
  const m = /^((?:[“"][^”"]{2,30}[”"][、和及]?){2,})等(.{1,12})$/u.exec(t.object);
  if (!m) return null;
  const start = at(t, text);
  const out: Trigger[] = [];
  for (const q of m[1]!.matchAll(/[“"]([^”"]{2,30})[”"]/gu)) {
    const s = start + q.index;
    out.push({ ...t, object: q[1]!, kind: kindOfNoun(q[1]!) ?? kindOfNoun(m[2]!) ?? t.kind, at: s, end: s + q[0].length, list: { start, end: start + t.object.length } });
  }
  return out;
}

const ACT_OPENS = new RegExp(`^.{0,2}(?:${SETUP}|${ISSUE}|签署|签订|缔结|共建|推动|推进|加强|深化|开展|打造)`, 'u');

/** The head a list's last item may share with the items before it: a document or a thing made. */
const HEAD = `(?:(?:专项|战略|框架|合作|工作|行动)*(?:${ITEM_DOCUMENT})|[^、，。；]{0,6}?(?:${MADE}))`;
// (等八大产业联盟: 大 after a number is the count's, not the head's.)
const SHARED = new RegExp(`^(.{2,40}?)(?:等(?:(?:\\d+|[一二两三四五六七八九十]+)大|(?:\\d+|[一二两三四五六七八九十]+)?(?:个|项|份|家)?)|(?:\\d+|[两三四五六七八九十]+)(?:个|项|份|家|大))(${HEAD})$`, 'u');
/** The last item of a list with no count or 等: its own words and its document head (…交流合作框架协议). */
const UNCOUNTED_HEAD = new RegExp(`^(.{2,40}?)((?:专项|战略|框架|合作|工作|行动)*(?:${ITEM_DOCUMENT}))$`, 'u');
/** A count or 等 closing the last item after its own noun (…联盟等3个联盟, …协议等文件). */
const CLOSING = /等(?:\d+|[一二两三四五六七八九十]+)?(?:个|项|份|家)?\p{Script=Han}{0,8}$/u;
/** What an item is by its own noun; a bare field (交通, 产业协作) or a wish is nothing of its own. */
const itemKind = (item: string): Kind | null => kindOfNoun(item);

/**
 * Items each with a noun of its own (A中心和B中心, A方案、B办法和C机制等文件), or items sharing the
 * last one's head (普通公路、内河水运…和X等框架合作协议; 建立了A、B等机制). Short items sharing a
 * head with only one other (交通、产业等合作机制) are fields of one agreement, not agreements.
 */
function ownOrSharedHead(t: Trigger, text: string): Trigger[] | null {
  const items = t.object.split(/(?<![《〈（][^》〉）]*)[、及和](?![^《〈（]*[》〉）])|(?<=》)(?=《)|(?<=[^《]*中)(?=《)/u);
  // (缔结友好城市、签订合作协议: an item opened by a verb is the same act told again, not a list.)
  if (items.length < 2 || items.slice(1).some((i) => ACT_OPENS.test(i))) return null;
  const bare = (i: string) => i.replace(/(\([^)]*\)|（[^）]*）)/gu, '').replace(/[》〉”]+$/u, '');
  const own = (i: string) => bare(i).replace(CLOSING, '');
  const kinds = items.map((i, k) => (k === items.length - 1 ? itemKind(own(i)) : itemKind(bare(i))));
  const last = items[items.length - 1]!;
  const shared = SHARED.exec(bare(last));
  const headless = items.slice(0, -1).filter((_, i) => !kinds[i]);
  const start = at(t, text);
  const list = { start, end: start + t.object.length };
  // 普通公路、内河水运…和X等框架合作协议: the items before the last share its head.
  // Short items sharing a made thing's head (组织联建、城市联管等“六联”工作机制) are the fields of one scheme;
  // sharing a document's head (普通公路、内河水运…等框架合作协议) each is a document of its own.
  const documentHead = !kindOfMade(shared?.[2] ?? '') || /(协议书?|备忘录|方案|计划)$/u.test(shared?.[2] ?? '');
  // (…等9项合作机制: a count of so many says each named item is one, however short its name.)
  const n = /等(\d+|[两三四五六七八九十]+)(?:个|项|大)/u.exec(bare(last));
  const countedItems = !!n && countOf(n[1]!) >= items.length && items.length >= 3;
  // (…等四大产业联盟 after four names: the count is the names', so each, however short, is one of the group.)
  const eachCounted = !!n && countOf(n[1]!) === items.length;
  // (联合巡河、同步监测等机制: two named ways of working, each of four characters or more, are two mechanisms;
  // 交通、产业等合作机制 names two fields of one.)
  const ways = items.length === 2 && !documentHead && /(?:机制|制度)$/u.test(shared?.[2] ?? '');
  const long = (i: string) => i.replace(/[“”"]/gu, '').length >= (documentHead || eachCounted ? 2 : countedItems || ways ? 4 : 5);
  if (shared && !itemKind(shared[1]!) && headless.every(long) && long(shared[1]!) && !/[“"]/u.test(shared[2]!) && (headless.length >= 2 || (headless.length === 1 && headless[0]!.length >= (ways ? 4 : 6)))) {
    const out: Trigger[] = [];
    const starts = startsOf(items, t.object, start);
    const headKind = kindOfNoun(shared[2]!) ?? t.kind;
    items.forEach((item, i) => {
      const s = starts[i]!;
      const isLast = i === items.length - 1;
      const name = isLast ? `${shared[1]}${shared[2]}` : kinds[i] ? item.replace(/等(文件)?$/u, '') : `${item}${shared[2]}`;
      out.push({ ...t, kind: isLast || !kinds[i] ? headKind : kinds[i]!, object: name, at: s, end: s + (isLast ? shared[1]!.length : item.length), list });
    });
    return out;
  }
  // 馆际战略联盟合作、馆际交流合作框架协议: long names with no 等 share the last one's document head too
  // (short ones, 交通、产业合作框架协议, are fields of one agreement).
  const bareHead = UNCOUNTED_HEAD.exec(bare(last));
  if (!shared && bareHead && !itemKind(bareHead[1]!) && headless.length === items.length - 1 && headless.every((i) => i.replace(/[“”"]/gu, '').length >= 7) && bareHead[1]!.length >= 4) {
    const head = bareHead[2]!;
    const starts = startsOf(items, t.object, start);
    return items.map((item, i) => {
      const s = starts[i]!;
      const isLast = i === items.length - 1;
      // (…共享合作 + 合作框架协议: the words the item ends with are not said twice.)
      let overlap = Math.min(item.length, head.length);
      while (overlap > 0 && !item.endsWith(head.slice(0, overlap))) overlap--;
      const name = isLast ? item : `${item}${head.slice(overlap)}`;
      return { ...t, kind: kindOfNoun(head) ?? t.kind, object: name, at: s, end: s + item.length, list };
    });
  }
  if (kinds.filter(Boolean).length < 2) return null;
  // Each item keeps the act's place, and its list no width: every place the object names is each item's
  // (两省市共同研究起草形成的A方案、B方案: 两省市 made both).
  const shared0 = { start: t.at, end: t.at };
  return items.flatMap((item, i) => (kinds[i] ? [{ ...t, kind: kinds[i]!, object: i === items.length - 1 ? own(item) : item.replace(/等(文件)?$/u, ''), list: shared0 }] : []));
}

const NUMBERS = '一二三四五六七八九十';
/** An object that says only what kind of document it was (协议, 合作文件): its items may follow. */
const GENERIC_DOCUMENT = /^(了|一批|一系列|系列)?(\p{Script=Han}{0,6}?)(合作|协作)?(文件|协议|备忘录)$/u;
/** A count's number, written in digits or one Chinese numeral (8, 八, 两), or 0. */
export const countOf = (s: string) => Number(s) || NUMBERS.indexOf(s) + 1 || (s === '两' ? 2 : 0);

function countedFields(t: Trigger, text: string): Trigger[] | null {
  if (!/^(专项|合作|框架|战略|工作)*(方案|协议|备忘录|工作方案)(\(协议\)|（协议）)?$/u.test(t.object.replace(/^(了|一批)/u, ''))) return null;
  const lead = text.slice(Math.max(0, t.at - 200), t.at);
  const m = /((?:[^、，。；,;：:]{2,16}、)+[^、，。；,;：:]{2,16})等(\d+|[两一二三四五六七八九十]+)个(?:领域|方面)/u.exec(lead);
  if (!m) return null;
  const fields = m[1]!.split('、').map((f, i) => (i === 0 ? f.replace(/^(从|在|围绕|聚焦|涉及|包括|涵盖|就)/u, '') : f));
  if (fields.length < 2 || fields.length !== countOf(m[2]!)) return null;
  const start = Math.max(0, t.at - 200) + m.index;
  return fields.map((f) => ({ ...t, object: `${f}${t.object}`, list: { start, end: start + m[0].length } }));
}
