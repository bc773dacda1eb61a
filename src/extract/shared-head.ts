/**
 * Fields named before one head noun (签署了交通、产业、生态环保3个合作协议; 在教育、医疗等领域签署合作
 * 协议): the labels count one agreement per named field, and a counted group whose items are not named
 * as one (LABELLING.md); a generic field (基础设施, 产业发展) is no item of its own but the group's
 * frame, so it folds into the others. A structural reading of the learned reading's item — the list's
 * shape, not its words — so the proposal scorer can judge each field's agreement. Pure: no DOM or Node APIs.
 */
import type { Trigger } from './classify';
import { countOf } from './lists';
import { DOCUMENT, MADE } from './vocab';

// Fields that frame a group rather than name an item of it.
const GENERIC = /^(?:基础设施|产业发展|经济社会|经济|社会|民生|其他|其它|各领域|重点领域|多个领域|相关领域)$/u;
// What may stand between the list and the head noun: 等, a count, 方面/领域, 的, 合作/专项/框架.
const TAIL = /(?:等)?(?:[0-9一二三四五六七八九十两]+(?:个|项|份|条|大))?(?:方面|领域)?(?:的)?$/u;
// 在A、B等领域, 围绕A、B等方面: the list in a frame before the act.
const FRAME = /(?:在|围绕|聚焦|就|涉及)((?:[^、，。；：,;:]{2,8}、)+[^、，。；：,;:]{2,8}?)(?:等)?(?:[0-9一二三四五六七八九十两]+个)?(?:领域|方面)/u;
// The head noun with the words that qualify any item of the group (合作协议, 战略合作框架协议, 工作机制).
const HEAD = new RegExp(`(?:战略|合作|专项|框架|工作|协同|联动)*(?:${DOCUMENT}|${MADE})$`, 'u');
// A field that is a thing of its own (框架协议、补充协议): the item reader already reads each.
const ITEM = new RegExp(`(?:${DOCUMENT}|${MADE})$`, 'u');
// The verbs of the act, before which a list is not the head's.
const VERB = /(?:签署|签订|签约|达成|建立|成立|形成|出台|印发|制定|共建|发布|启动|组建|设立|搭建|打造)/u;
// 等四大产业联盟: a count the names make up, and the words it gives every item (产业) before the noun.
// (Only 等N大: 等4项机制 after two names is two named and the rest, read as before.)
const COUNTED_HEAD = /等([0-9一二三四五六七八九十两]+)大([^、，。；：,;:“”"\d]{0,6})$/u;
const SPLIT = /、|(?:和|及|以及|与)(?=[^、]{2,8}$)/u;

/**
 * The field items a trigger's head stands for, each a trigger of its own (field + the head's name), or
 * null when the sentence names no list of two fields or more for it. `masked`: the sentence with each
 * place as ◇ (a list of places is a list of parties, not of fields).
 */
export function sharedHeadItems(text: string, masked: string, t: Trigger): Trigger[] | null {
  if (t.object.includes('《')) return null;
  const clauseStart = Math.max(...[...'，。；,;：:'].map((c) => text.lastIndexOf(c, t.at - 1) + 1));
  // The head: the trigger's name without any list it starts with (生态环保3个合作协议 → 合作协议).
  const noun = HEAD.exec(t.object)?.[0];
  if (!noun) return null;
  // (…等四大产业联盟: the list ends before 等, and 产业 is every item's; the names must make up the count.)
  const counted = COUNTED_HEAD.exec(text.slice(clauseStart, t.end - noun.length));
  const head = counted ? counted[2]! + noun : noun;
  const before = text.slice(clauseStart, t.end - noun.length - (counted ? counted[0].length : 0));
  const beforeMasked = masked.slice(clauseStart, clauseStart + before.length);
  let fields: string[] | null = null;
  let from = clauseStart;
  // A list right before the head: 交通、产业、生态环保3个 | 交通、产业和生态环保等.
  const right = /((?:[^、，。；：,;:“”"]{2,8}、)+[^、，。；：,;:“”"]{2,12}?)$/u.exec(before.replace(TAIL, ''));
  // (A list whose last field holds the act is the frame's: 在A、B等领域签署.)
  if (right && !VERB.test(right[1]!.slice(right[1]!.lastIndexOf('、')))) {
    const list = right[1]!;
    // (Only the words after the clause's last verb belong to the list: 签署了交通 → 交通.)
    const cut = new RegExp(`^.*${VERB.source}[了的]?`, 'u').exec(list);
    const own = cut ? list.slice(cut[0].length) : list;
    from = clauseStart + right.index + (list.length - own.length);
    fields = own.split(SPLIT);
  } else {
    const framed = FRAME.exec(before);
    if (framed) {
      fields = framed[1]!.split(SPLIT);
      from = clauseStart + framed.index;
    }
  }
  if (!fields) return null;
  const span = beforeMasked.slice(from - clauseStart);
  if (span.includes('◇') || fields.some((f) => ITEM.test(f))) return null;
  const named = fields.map((f) => f.trim()).filter((f) => f.length >= 2 && f.length <= 12 && !GENERIC.test(f) && !/[0-9]/u.test(f));
  if (named.length < 2 || (counted && countOf(counted[1]!) !== fields.length)) return null;
  const list = { start: from, end: t.end };
  return named.map((field) => ({ ...t, object: `${field}${head}`, list }));
}
