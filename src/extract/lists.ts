import type { Kind } from '../data/agreement-vocab';
import { kindOfNoun, type Trigger } from './classify';

/**
 * An act whose object is a list of named things stands for one agreement per item (the labels
 * count lists item by item): documents each with its own kind (A方案、B方案和C机制等文件), items
 * sharing one head (普通公路、内河水运…和“万—达—开”交通融合发展等框架合作协议), quoted names (建立了
 * “A”“B”“C”等工作机制), or fields counted before the act (从A、B…等8个领域深化合作，签署专项工作方案).
 * A counted group whose items are not named (27个联盟) stays one.
 */
export function itemsOf(t: Trigger, text: string): Trigger[] {
  return namedAndCounted(t) ?? quoted(t, text) ?? ownOrSharedHead(t, text) ?? countedFields(t, text) ?? namedAfter(t, text) ?? [t];
}

/**
 * 签署5个专项协议，包括A协议、B协议…; 推出第二批通办事项，包括A、B、C等: a counted object whose items the
 * sentence then names, each one its own agreement.
 */
function namedAfter(t: Trigger, text: string): Trigger[] | null {
  if (!/(\d+|[两二三四五六七八九十]+)(个|项|份|条|批)/u.test(t.object)) return null;
  const m = /^[^。；;]{0,8}?(?:[：:]|[，,]\s*(?:其中)?(?:包括|涵盖|分别是|分别为|即|主要有|具体为|主要包括)[：:]?)((?:[^、，。；,;：:]{2,24}、)+[^、，。；,;：:]{2,24}?)(?:等|[，,。；;]|$)/u.exec(text.slice(t.end));
  if (!m) return null;
  const start = t.end + m.index + m[0].indexOf(m[1]!);
  const items = m[1]!.split('、');
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
  const m = /^(.{2,40}?)等(\d+|[两三四五六七八九十]+)(个|项|份)(.{1,8})$/u.exec(t.object);
  const n = m ? count(m[2]!) : 0;
  if (!m || n < 2 || !kindOfNoun(m[4]!) || kindOfNoun(m[1]!) !== kindOfNoun(m[4]!) || /[、和及]/u.test(m[1]!.replace(/《[^》]*》/gu, ''))) return null;
  // 《A协议》《B协议》等5个专项协议: A, B, and the other 3 as one group.
  const titles = /^(?:《[^》]+》){2,}$/u.test(m[1]!) ? m[1]!.match(/《[^》]+》/gu)! : [m[1]!];
  if (titles.length >= n) return titles.map((object) => ({ ...t, object, list: { start: t.at, end: t.end } }));
  return [
    ...titles.map((object) => ({ ...t, object, ...(titles.length > 1 ? { list: { start: t.at, end: t.end } } : {}) })),
    { ...t, object: `其余${n - titles.length}${m[3]}${m[4]}`, ...(titles.length > 1 ? { list: { start: t.at, end: t.end } } : {}) },
  ];
}

const OWN_KIND = /(方案|行动计划|重点任务|机制|协议书|协议|备忘录|规划)$/u;
const kindOfOwn = (noun: string): Kind => (/机制$/u.test(noun) ? 'mechanism' : /(协议|备忘录)$/u.test(noun) ? 'agreement' : 'plan');
const at = (t: Trigger, text: string) => {
  const i = text.indexOf(t.object, t.at);
  return i >= 0 ? i : t.end - t.object.length;
};

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

function ownOrSharedHead(t: Trigger, text: string): Trigger[] | null {
  const items = t.object.split(/(?<![《〈][^》〉]*)[、及和](?![^《〈]*[》〉])|(?<=》)(?=《)|(?<=[^《]*中)(?=《)/u);
  if (items.length < 2) return null;
  const bare = (i: string) => i.replace(/等(文件)?$/u, '').replace(/(\([^)]*\)|（[^）]*）)/gu, '').replace(/[》〉”]+$/u, '');
  const kinds = items.map((i) => OWN_KIND.exec(bare(i)));
  const last = items[items.length - 1]!;
  // 普通公路、内河水运…和X等框架合作协议: the items before the last share its head.
  const shared = /^(.{2,24}?)(?:等(?:\d+个|[一二三四五六七八九十]+个)?|(?:\d+|[两三四五六七八九十]+)个)((?:专项|战略|框架|合作|工作|行动)*(?:协议书|协议|备忘录|方案|计划|机制))$/u.exec(last);
  const headless = items.slice(0, -1).filter((_, i) => !kinds[i]);
  if (shared && headless.length >= 2 && !OWN_KIND.test(bare(shared[1]!))) {
    const start = at(t, text);
    const out: Trigger[] = [];
    let offset = 0;
    items.forEach((item, i) => {
      const s = start + t.object.indexOf(item, offset);
      offset = s - start + item.length;
      const own = kinds[i] && i < items.length - 1;
      const name = own ? item.replace(/等(文件)?$/u, '') : i === items.length - 1 ? `${shared[1]}${shared[2]}` : `${item}${shared[2]}`;
      const kind = own ? kindOfOwn(kinds[i]![1]!) : (kindOfNoun(shared[2]!) ?? t.kind);
      out.push({ ...t, kind, object: name, at: s, end: s + (i === items.length - 1 ? shared[1]!.length : item.length), list: { start, end: start + t.object.length } });
    });
    return out;
  }
  if (kinds.filter(Boolean).length < 2) return null;
  const out: Trigger[] = [];
  items.forEach((item, i) => {
    const m = kinds[i];
    if (m) out.push({ ...t, kind: kindOfOwn(m[1]!), object: item.replace(/等(文件)?$/u, '') });
  });
  return out;
}

const NUMBERS = '一二三四五六七八九十';
const count = (s: string) => Number(s) || NUMBERS.indexOf(s) + 1 || (s === '两' ? 2 : 0);

function countedFields(t: Trigger, text: string): Trigger[] | null {
  if (!/^(专项|合作|框架|战略|工作)*(方案|协议|备忘录|工作方案)(\(协议\)|（协议）)?$/u.test(t.object.replace(/^(了|一批)/u, ''))) return null;
  const lead = text.slice(Math.max(0, t.at - 200), t.at);
  const m = /((?:[^、，。；,;：:]{2,16}、)+[^、，。；,;：:]{2,16})等(\d+|[两一二三四五六七八九十]+)个(?:领域|方面)/u.exec(lead);
  if (!m) return null;
  const fields = m[1]!.split('、').map((f, i) => (i === 0 ? f.replace(/^(从|在|围绕|聚焦|涉及|包括|涵盖|就)/u, '') : f));
  if (fields.length < 2 || fields.length !== count(m[2]!)) return null;
  const start = Math.max(0, t.at - 200) + m.index;
  return fields.map((f) => ({ ...t, object: `${f}${t.object}`, list: { start, end: start + m[0].length } }));
}
