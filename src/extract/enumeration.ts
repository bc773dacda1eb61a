import { kindOfNoun } from './classify';
import { countOf } from './lists';

/**
 * An act that announces its items (签署了3份协议：1.…；2.…; 共同搭建了以下平台：①…②…; 推出三条线路：一是…；
 * 二是…): the items are the agreements, each with the act's parties, whether they follow in the same
 * sentence, in the sentences after it, or on lines of their own. The count or a plural (以下, 系列,
 * 一批) says that items follow; without a count, only items named as things (a document's name, a noun
 * of a made thing) are agreements — a list of what one agreement says (协议明确：一是加强…) is not.
 */

/** A list item's mark: 一是, 其一, 第一, (1), 1., ①, 一、, （一）. */
const MARK = '(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]+|第[一二三四五六七八九十]+(?:[，、：:]|是)?|[（(][一二三四五六七八九十\\d]{1,2}[）)]|\\d{1,2}[.．、](?!\\d)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|[一二三四五六七八九十]{1,2}、)';
const STARTS_ITEM = new RegExp(`^${MARK}`, 'u');
const MARKS = new RegExp(MARK, 'gu');
/** An object that says items follow: a count, or a plural word. */
const PLURAL = /^(?:了|共)?(?:以下|如下|下列|一系列|系列|一批|多项|多个|若干|[两二三四五六七八九十\d]+(?:条|个|项|份|批|家|大|类|方面))/u;
const COUNTED = /^(?:了|共)?[两二三四五六七八九十\d]+(?:条|个|项|份|批|家|大|类|方面)/u;
/** What comes between the act's object and its items: ：, 如下：, ，具体如下：. */
const LEAD_IN = new RegExp(`^[^。；;]{0,10}?[：:]\\s*(?=${MARK})`, 'u');
const ACT_WORDS = /^(?:签署了?|签订了?|成立了?|建立了?|设立了?|共建|共同打造|搭建了?|推出了?|发布了?|出台了?|印发了?)/u;

export interface ListedItem {
  name: string;
}

/** The name an item gives: its document's title, its quoted name, or its words up to the first clause mark. */
export function itemName(words: string): string {
  const title = /《[^》]{2,80}》/u.exec(words)?.[0];
  if (title) return title;
  const quoted = /“([^”]{2,30})”/u.exec(words)?.[1];
  if (quoted) return quoted;
  return words.replace(/[；;。，,：:].*$/u, '').replace(ACT_WORDS, '').slice(0, 40);
}

/** Whether an item names a thing (a document, a made thing, a route…) rather than what to do. */
const namesThing = (name: string) => name.startsWith('《') || kindOfNoun(name) !== null;

/** Whether this act announces items (its object counted or plural). */
export const announces = (object: string) => PLURAL.test(object);
/** Whether a count announced them: then every item counts, whatever it names. */
export const counted = (object: string) => COUNTED.test(object);

/**
 * The items announced right after an act's object in its own sentence (签署了3份协议：1.A；), or null
 * when none follows a colon and a mark.
 */
export function itemsAfter(object: string, after: string): ListedItem[] | null {
  if (!announces(object)) return null;
  const lead = LEAD_IN.exec(after);
  if (!lead) return null;
  return itemsIn(after.slice(lead[0].length), counted(object));
}

/** The items of a sentence that opens with a list mark (2.B协议；), or null when it does not. */
export function itemsOfLine(text: string, anyName: boolean): ListedItem[] | null {
  if (!STARTS_ITEM.test(text)) return null;
  return itemsIn(text, anyName);
}

/** A bracketed or circled mark opens an item wherever it stands (①A平台②B平台); 一是, 第一, 1. only after a clause mark. */
const STRONG = /^(?:[（(]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/u;

function itemsIn(text: string, anyName: boolean): ListedItem[] {
  const marks = [...text.matchAll(MARKS)].filter((m) => m.index === 0 || STRONG.test(m[0]) || /[；;。，,：:\s》”]$/u.test(text.slice(0, m.index)));
  const out: ListedItem[] = [];
  for (let k = 0; k < marks.length; k++) {
    const from = marks[k]!.index + marks[k]![0].length;
    const to = k + 1 < marks.length ? marks[k + 1]!.index : text.length;
    const name = itemName(text.slice(from, to));
    if (name.length >= 2 && (anyName || namesThing(name))) out.push({ name });
  }
  return out;
}

const N = '(?:\\d+|[两二三四五六七八九十]+)';
/** The count an object gives its head (3个方面、10大合作项目 → 10): the number nearest the end. */
const HEAD_COUNT = new RegExp(`(${N})(个|项|份|条|大|批|家)([^、，。；\\d]{0,8})$`, 'u');
/**
 * A sentence that opens by naming what the act before counted (项目包括A、B、C等8个项目; 其中包括A、B等):
 * its head (项目), a word of inclusion, and a run of two names or more, closed by 等 and a count or a
 * clause mark.
 */
const INCLUDED = new RegExp(`^(?:其中[，,]?)?(?:这些|上述|该批|这批)?(\\p{Script=Han}{0,6}?)(?:主要|具体)?(?:包括|包含|涵盖|分别是|分别为|即|有)[：:]?((?:[^、，。；：:]{2,40}、)+[^、，。；：:]{2,40}?)(?:等(?:(${N})(?:个|项|份|条|大|批|家))?[^，。；、]{0,12})?(?=[，,。；;]|$)`, 'u');

/**
 * The items the sentence after a counted act names (共同确定了10个合作项目。项目包括A、B…等8个项目): each is
 * one, and what the count has beyond the names (`rest`) stays one group. Null when the sentence names no
 * such list, opens with a head other than the act's (企业包括…), or names more than its own count says.
 */
export function itemsIncluded(object: string, sentence: string): { items: ListedItem[]; rest: string | null } | null {
  const count = HEAD_COUNT.exec(object);
  if (!count && !announces(object)) return null;
  const m = INCLUDED.exec(sentence);
  if (!m) return null;
  const head = m[1]!;
  if (head && !object.endsWith(head) && !object.endsWith(head.slice(-2))) return null;
  const names = m[2]!.split('、').map((x) => x.replace(/^[“"《]|[”"》]$/gu, ''));
  if (names.length < 2 || names.length > 30) return null;
  const own = m[3] ? countOf(m[3]) : 0;
  if (own && own !== names.length) return null;
  const total = count ? countOf(count[1]!) : 0;
  // (…等8个项目 after a count of 10: the names are the 8, the other 2 one group of their own.)
  return { items: names.map((name) => ({ name })), rest: total > names.length && !own ? `其余${total - names.length}${count![2]}${count![3]}` : null };
}
