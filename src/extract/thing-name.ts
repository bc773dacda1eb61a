/**
 * Where the name of a proposed thing starts, and what the named thing is. The learned reading names
 * an item by the words before its noun (…红色文旅走廊); a fixed window of characters cut those words in
 * the middle (行了首届… from 举行了首届…), so the name now starts on a boundary the sentence gives: after
 * the last verb of an act and its 了, a preposition, a mark, or before a whole quoted name. And a
 * proposal's name may not be a thing agreed at all (a date, an aim, an event, a directive): the item
 * model and the proposal scorer read that as features. Pure: no DOM or Node APIs.
 */

// A verb the name follows (its 了 is no part of the name either), a preposition, or a mark.
const VERBS = '签署|签订|签约|达成|建立|成立|组建|设立|共建|打造|搭建|推出|开通|发布|印发|出台|制定|编制|启动|揭牌|挂牌|缔结|形成|构建|发出|举行|举办|召开|开展|推进|推动|加快|深化|加强|实施|落实|贯彻|参加|参与|加入|发起|审议通过|通过';
const PREPOSITIONS = '围绕|按照|根据|依托|关于|针对|对于|聚焦|在|为';
const MARKS = '，。；、：,;:“”"（）()《》【】●·!！?？与和及';
// (推动的…: a verb that qualifies the name with 的 is part of it.)
const BOUNDARY = new RegExp(`^.*(?:(?:${VERBS})了?(?!的)|${PREPOSITIONS}|[${MARKS}])`, 'u');
const ENDS_ON_BOUNDARY = new RegExp(`(?:(?:${VERBS})了?|${PREPOSITIONS}|[${MARKS}])$`, 'u');
/** Whether a name starting at `at` in `text` starts on a boundary the sentence gives (not inside a word). */
export const startsOnBoundary = (text: string, at: number): boolean => at === 0 || /^[“《"]/u.test(text.slice(at)) || ENDS_ON_BOUNDARY.test(text.slice(Math.max(0, at - 6), at));
/** How far back a name may reach: past this, no boundary was found and the name starts inside a word. */
const REACH = 40;

export interface NameLead {
  /** The words before the noun that belong to its name. */
  lead: string;
  /** No boundary within reach: the name was cut inside a word. */
  inWord: boolean;
}

/** The words of a thing's name before its noun at `at` in `text`, cut on the sentence's last boundary. */
export function nameLead(text: string, at: number): NameLead {
  const from = Math.max(0, at - REACH);
  const span = text.slice(from, at);
  const m = BOUNDARY.exec(span);
  if (!m) return { lead: span, inWord: from > 0 };
  let start = from + m[0].length;
  // (“盈创动力”广元工作站: a name that opens with a quote keeps all of it.)
  if (text[start - 1] === '”') {
    const open = text.lastIndexOf('“', start - 2);
    if (open >= from && !/[，。；]/u.test(text.slice(open, start))) start = open;
  }
  return { lead: text.slice(start, at), inWord: false };
}

// A date alone (12月18日, 2020年), an aim (为…, 推动…, 助力…), an event (…推介会, 启动仪式), a directive (…工作部署, 精神).
const DATE = /^[0-9０-９一二三四五六七八九十〇]+(?:年|月|日|号)(?:[0-9０-９一二三四五六七八九十〇]+(?:月|日|号))*(?:[至到-][0-9０-９一二三四五六七八九十〇]+(?:月|日|号))?(?:上午|下午|晚)?$/u;
const AIM = /^(?:为了?|推动|助力|聚焦|围绕)/u;
const EVENT = /(?:(?<!联席)会议|大会|推介会|研讨会|座谈会|洽谈会|交流会|对接会|推进会|发布会|启动会|博览会|论坛|峰会|仪式|活动|典礼)$/u;
const DIRECTIVE = /(?:部署|精神|要求|指示|批示|号召|决策)$/u;

/** The features that say a proposed name is no thing agreed (the review may drop those, when cross-validation says so). */
export const NOT_A_THING = /^what:(?:date|aim|event)$/u;

/**
 * What a proposed thing is, as features: `object` its name, `after` the sentence after it (the words
 * that run on from its noun to the next mark name what it is part of: 走廊联合推介会 is an event).
 */
export function thingFeatures(object: string, after: string, inWord = false): string[] {
  const f: string[] = [];
  const name = object.replace(/[《》“”"]/gu, '');
  const runOn = /^[^，。；、：,;:“”"（）()《》！？!?]{0,10}/u.exec(after)?.[0] ?? '';
  const whole = name + runOn;
  if (DATE.test(name)) f.push('what:date');
  // (《推动…协议》 is a document's name, not an aim.)
  if (!object.startsWith('《') && AIM.test(name)) f.push('what:aim');
  // (…协议签字仪式, …联席会议第二次会议: the thing signed or the body meeting, not an event; …走廊联合推介会 is one.)
  const bodyMeets = /联席会议$/u.test(name) || /签|揭牌|授牌|挂牌|成立|启动/u.test(runOn);
  if (EVENT.test(name) || (runOn && !bodyMeets && EVENT.test(whole))) f.push('what:event');
  if (DIRECTIVE.test(name) || (runOn && DIRECTIVE.test(whole))) f.push('what:directive');
  if (runOn) f.push('what:runs-on');
  if (inWord) f.push('what:in-word');
  return f;
}
