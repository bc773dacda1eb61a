/**
 * The things one sentence may state as agreements (its items): each document named in 《》 and each
 * noun an agreement can be (协议, 方案, 联盟, 中心, 机制…) with the words of its name before it, and
 * what a learned item model (item-model.ts) reads of each — where the sentence model asks "does this
 * sentence state an agreement", this asks "which of the things it names are agreements", so a sentence
 * naming three documents or a mechanism, a working group and a signing proposes each of them.
 */
import type { Trigger } from './classify';
import { kindOfNoun } from './classify';
import type { PlaceMention } from './places';
import { bucket, maskPlaces } from './candidate-features';
import { nameLead, thingFeatures } from './thing-name';
import { DOCUMENT, MADE } from './vocab';

export const NOUN = new RegExp(`《[^》]{2,80}》|(?:${DOCUMENT}|${MADE}|友好城市|友城|倡议|合作关系)`, 'gu');
export const SIGN = /(签署|签订|签约|缔结|达成)/u;
// The verbs of an act, nearest first before an item: which one says what was done with it.
const VERB = /(签署|签订|签约|缔结|达成|审议通过|审议|通过|建立|成立|组建|设立|共建|共同打造|打造|搭建|推出|开通|发布|印发|出台|制定|编制|启动|揭牌|挂牌|形成|构建|发出|召开|举行|加入|推进|推动|深化|加强|探索|完善|争取|依托|围绕|根据|按照|落实)/gu;
const FUTURE = /(将|拟|计划|争取|希望|下一步|力争|要|正在)/u;
const TOGETHER = /(共同|联合|携手|双方|两地|三地|合作)/u;

export interface ItemCandidate {
  trigger: Trigger;
  features: string[];
}


/** A sentence's items, in order, each with its trigger (kind, name, where) and features. */
export function itemCandidates(text: string, mentions: readonly PlaceMention[]): ItemCandidate[] {
  // Digits as 0 too: an item's neighbours whatever the places and numbers.
  const masked = maskPlaces(text, mentions).replace(/\d/gu, '0');
  const out: ItemCandidate[] = [];
  NOUN.lastIndex = 0;
  const found = [...text.matchAll(NOUN)];
  found.forEach((m, i) => {
    const end = m.index + m[0].length;
    const named = m[0].startsWith('《');
    // (签署了X: the 了 after the verb is no part of the name.)
    const { lead, inWord } = named ? { lead: '', inWord: false } : nameLead(text, m.index);
    const object = lead + m[0];
    const at = end - object.length;
    const kind = kindOfNoun(object) ?? (named ? 'agreement' : SIGN.test(text) ? 'agreement' : 'mechanism');
    const clauseStart = Math.max(...[...'，。；,;：:'].map((c) => text.lastIndexOf(c, at - 1) + 1));
    const before = text.slice(clauseStart, at);
    const verbs = [...before.matchAll(VERB)];
    const verb = verbs.at(-1);
    const f = new Set<string>();
    f.add(`kind:${kind}`);
    f.add(named ? 'named' : `noun:${m[0].slice(-2)}`);
    if (!named) f.add(`noun:${m[0]}`);
    f.add(`len:${bucket(object.length, [4, 8, 16, 30])}`);
    f.add(`verb:${verb ? verb[0] : 'none'}`);
    if (verb) f.add(`verb-dist:${bucket(at - (verb.index + clauseStart + verb[0].length), [0, 3, 10, 25])}`);
    f.add(`index:${bucket(i, [0, 1, 3])}`);
    f.add(`items:${bucket(found.length, [1, 2, 4])}`);
    if (FUTURE.test(before)) f.add('future');
    if (TOGETHER.test(before)) f.add('together');
    if (/◇/u.test(masked.slice(at, end))) f.add('place-in-name');
    if (/◇/u.test(masked.slice(clauseStart, at))) f.add('place-before');
    // What stands right before and after it (等5个, 、, 》《, 的).
    const l = masked.slice(Math.max(0, at - 2), at);
    const r = masked.slice(end, end + 2);
    f.add(`L1:${l.slice(-1) || '^'}`);
    f.add(`L2:${l}`);
    f.add(`R1:${r.slice(0, 1) || '$'}`);
    f.add(`R2:${r}`);
    if (/^等/u.test(r)) f.add('etc-after');
    if (/^[0-9一二三四五六七八九十两]+[个项份条家]/u.test(masked.slice(end + (r.startsWith('等') ? 1 : 0), end + 6))) f.add('counted-after');
    // The clause's words before it, as 1–2-grams (what it is: 签署了…, 审议通过了…, 依托…).
    const lead6 = masked.slice(Math.max(clauseStart, at - 6), at);
    for (let k = 0; k < lead6.length; k++) {
      f.add(`b1:${lead6[k]}`);
      if (k + 1 < lead6.length) f.add(`b2:${lead6.slice(k, k + 2)}`);
    }
    for (const w of thingFeatures(object, text.slice(end), inWord)) f.add(w);
    out.push({ trigger: { kind, at, end, object, strength: 0.85 }, features: [...f].map((x) => x.replace(/\s/gu, '_')) });
  });
  return out;
}
