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
  return namedAndCounted(t) ?? quoted(t, text) ?? ownOrSharedHead(t, text) ?? countedFields(t, text) ?? [t];
}

/**
 * 双城经济圈高校联盟等27个联盟, 《X协议》等5个合作协议: the one named, and the others as one group
 * (their items are not named).
 */
function namedAndCounted(t: Trigger): Trigger[] | null {
  const m = /^(.{2,40}?)等(\d+|[两三四五六七八九十]+)(个|项|份)(.{1,8})$/u.exec(t.object);
  const n = m ? count(m[2]!) : 0;
  if (!m || n < 2 || !kindOfNoun(m[4]!) || kindOfNoun(m[1]!) !== kindOfNoun(m[4]!) || /[、和及]/u.test(m[1]!.replace(/《[^》]*》/gu, ''))) return null;
  return [
    { ...t, object: m[1]! },
    { ...t, object: `其余${n - 1}${m[3]}${m[4]}` },
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
  const shared = /^(.{2,24}?)等(?:\d+个|[一二三四五六七八九十]+个)?((?:专项|战略|框架|合作|工作|行动)*(?:协议书|协议|备忘录|方案|计划|机制))$/u.exec(last);
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
