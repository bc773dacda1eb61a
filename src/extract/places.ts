import type { Gazetteer, Place } from './gazetteer';
import { NOT_PARTIES, ROUTE_NAMES, ROUTE_WORDS } from './aliases';

/** A place or body named in a normalised sentence. */
export interface PlaceMention {
  at: number;
  end: number;
  name: string;
  place: Place;
  /** A body named by a place and a head (重庆市邮政分公司): the head after the place's name (邮政分公司). */
  head?: string;
}

const ACT_IN_NAME = /(共同|共建|打造|建设|设立|组建|携手|搭建|启动|推动|开展|成立|揭牌|签署|签订|挂牌)/u;
const ORG_SUFFIX = /^[^\s，。；、,;:：“”等的与及在将合作成立签]{0,10}?(集团有限公司|有限责任公司|有限公司|集团|公司|大学|学院|研究院|研究所|管委会|管委办|管理局|常委会|委员会|中心|促进会|研究会|联合会|学会|基金会|协会|友协|商会|工商联|政协|总工会|妇联|科协|侨联|党校|人民医院|医院|人民检察院|检察院|中级人民法院|人民法院|法院|银行|中学|小学|学校|图书馆|博物馆|科技馆|美术馆|文化馆|报社|杂志社|出版社|旅行社|电视台|广播电视台|报业集团|传媒集团|日报|晚报|晨报|商报|文联|社科联|局|委)(?![\u4e00-\u9fa5]{0,1}(书记|主任|局长|副)|长|主席)/u;
const ORG_EN: Record<string, string> = {
  集团有限公司: 'group company', 有限责任公司: 'company', 有限公司: 'company', 集团: 'group', 公司: 'company', 大学: 'university',
  学院: 'college', 研究院: 'institute', 人民医院: 'hospital', 医院: 'hospital', 检察院: 'procuratorate', 人民法院: 'court', 法院: 'court', 银行: 'bank', 中学: 'school', 小学: 'school', 学校: 'school', 图书馆: 'library', 博物馆: 'museum', 科技馆: 'science museum', 美术馆: 'art museum', 文化馆: 'cultural centre', 报社: 'newspaper', 杂志社: 'magazine', 出版社: 'publisher', 旅行社: 'travel agency', 电视台: 'television station', 广播电视台: 'broadcaster', 报业集团: 'newspaper group', 传媒集团: 'media group', 日报: 'daily', 晚报: 'evening paper', 晨报: 'morning paper', 商报: 'business paper', 文联: 'federation of literary and art circles', 社科联: 'federation of social sciences', 研究所: 'institute', 管委会: 'administration', 管委办: 'administration', 管理局: 'administration', 常委会: 'standing committee', 商会: 'chamber of commerce', 友协: 'friendship association', 工商联: 'federation of industry and commerce', 政协: 'CPPCC', 总工会: 'trade union', 妇联: 'women’s federation', 科协: 'association for science and technology', 侨联: 'federation of returned overseas Chinese', 党校: 'party school', 人民检察院: 'procuratorate', 中级人民法院: 'intermediate court',
  中心: 'centre', 促进会: 'association', 研究会: 'society', 联合会: 'federation', 学会: 'society', 基金会: 'foundation', 协会: 'association', 委员会: 'commission', 局: 'bureau', 委: 'commission',
};
// (Longest first: 人民医院 before 医院, 集团有限公司 before 公司.)
const ORG_HEADS = Object.keys(ORG_EN).sort((a, b) => b.length - a.length);
/** What kind of body a name ends in, in English (重庆万运集团 → group, 重庆北站综管局 → bureau), or null. */
export const orgKindEn = (name: string): string | null => {
  const head = ORG_HEADS.find((h) => name.endsWith(h));
  return head ? ORG_EN[head]! : null;
};
// A route (大足至内江), a destination list (途经乐至、安岳; 发往内江) or the venue of a meeting
// (在云阳县召开) names places that are not parties.
const ROUTE = /[\u4e00-\u9fa5]{2,4}(?:至|到|—|-)[\u4e00-\u9fa5]{2,4}(?=(?:高速|高铁|铁路|公路|城际|北线|南线|等|、))(?![^，。；,;]{0,8}(?:公交|班列|专线|航线))/gu;
// (到X考察调研, 到X签约: X is the host of a visit, not a destination on a route.)
const PASSING = /(?:途径|途经|发往|运往|到(?![^，。；,;]{0,10}(?:考察|调研|访问|交流|学习|座谈|参观|走访|对接|签))|开往|直达)((?:[\u4e00-\u9fa5]{2,6}[、和及]?){1,6})/gu;
const VENUE = /在([\u4e00-\u9fa5]{2,8}?)(?=(?:正式|隆重|成功|顺利)?(?:召开|举行|举办|签署|开幕|见面|考察|挂职|揭牌|挂牌|成立))/gu;
// 在重庆悦来会展中心…签约仪式上: a hall, hotel or exhibition centre is where it happened, not who.
const HALL = /在(\p{Script=Han}{2,10}?(?:会展中心|会议中心|博览中心|展览中心|国际会议厅|大厦|大酒店|酒店|宾馆|体育馆|大剧院|剧院))/gu;
// 遂宁讯, 本报潼南讯, 重庆日报讯: a dateline names the outlet's place, not a party.
export const DATELINE = /(?:^|[【（(\s□])(?:本报)?(\p{Script=Han}{2,8}?)讯(?=[\s（(】)]|记者|通讯员|\d|$)/gu;
// 本报成都5月27日电, 新华社重庆7月12日电, 中新网四川新闻6月15日电: a wire dateline names where the report was filed, not a party.
const WIRE_DATELINE = /(?:^|[【（(\s□据])(?:本报|新华社|新华网|中新社|中新网|人民网|央视网)?(\p{Script=Han}{2,8}?)(?:新闻)?\d{1,2}月\d{1,2}日电(?=[\s（(】)]|记者|通讯员|题|$)/gu;
// 就共建明月山…示范带签署协议: the places of what it is about are not its parties.
const TOPIC = /就([^，。；,;：:]{2,30}?)(?=(?:签署|签订|达成))/gu;
// A route named by its places' short names (渝广高速, 成达万高铁): a line, not its places.
const ROUTE_NAME = new RegExp(`(?:${ROUTE_NAMES.join('|')})(?=${ROUTE_WORDS})`, 'gu');

// A region's name as the aim of the work (推动渝东北和川东北一体化发展) is a theme, not a party.
const THEME = /(?:渝东北|川东北|渝东南|川南|渝西|川渝|成渝)(?:[和与、及](?:渝东北|川东北|渝东南|川南|渝西))?(?:地区)?(?=一体化|协同发展|统筹发展|融合发展(?!示范区|试验区|先行区))/gu;

// Each pattern's cheap precondition: most sentences have none of these words.
const GATED: [RegExp, RegExp][] = [
  [ROUTE, /[至到—-]/u],
  [PASSING, /途径|途经|发往|运往|到|开往|直达/u],
  [VENUE, /在/u],
  [HALL, /中心|大厦|酒店|宾馆|馆|剧院/u],
  [TOPIC, /就/u],
  [DATELINE, /讯/u],
  [WIRE_DATELINE, /日电/u],
  [ROUTE_NAME, new RegExp(ROUTE_WORDS, 'u')],
  [THEME, /一体化|协同发展|统筹发展|融合发展/u],
];

// 城(口)宣(汉)万(源): places written as their first characters, each completed in brackets.
const BRACKETED = /(?:\p{Script=Han}[(（]\p{Script=Han}{1,3}[)）]){2,}/gu;
const BRACKETED_ONE = /(\p{Script=Han})[(（](\p{Script=Han}{1,3})[)）]/gu;

/** What hides a name that is not a party: a character no article contains. */
const MASK = '\u0000';

/** The text with every name that is not a party blanked out (same length, same offsets). */
function mask(text: string): string {
  const blanked = new Uint8Array(text.length);
  let any = false;
  const blank = (s: number, e: number) => {
    blanked.fill(1, s, e);
    any = true;
  };
  // A place inside a document's title (《共建川渝自贸试验区…方案》) is not a party.
  if (text.includes('《')) for (const m of text.matchAll(/《[^》]*》?/gu)) blank(m.index, m.index + m[0].length);
  for (const n of NOT_PARTIES) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) blank(i, i + n.length);
  }
  for (const [re, gate] of GATED) {
    if (!gate.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m[1] ?? m[0];
      const s = m.index + m[0].indexOf(g);
      blank(s, s + g.length);
    }
  }
  if (!any) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !blanked[i]) continue;
    out += text.slice(from, i);
    if (i < text.length) out += MASK;
    from = i + 1;
  }
  return out;
}

/** Whether a stretch of text names a place (a body's name may hold a nearer place than its first). */
function holdsPlace(s: string, gaz: Gazetteer): boolean {
  for (let i = 0; i < s.length; i++) for (const len of gaz.lengthsByFirst.get(s[i]!) ?? []) if (i + len <= s.length && gaz.names.get(s.slice(i, i + len))?.some((p) => p.level !== 'organisation' && !p.town)) return true;
  return false;
}

/** Every place and body in a normalised sentence, longest name first at each position. */
export function placesIn(text: string, gaz: Gazetteer): PlaceMention[] {
  let t = mask(text);
  const out: PlaceMention[] = [];
  if (t.includes('(') || t.includes('（')) {
    for (const m of t.matchAll(BRACKETED)) {
      const found: PlaceMention[] = [];
      for (const one of m[0].matchAll(BRACKETED_ONE)) {
        const name = one[1]! + one[2]!;
        const place = gaz.names.get(name)?.[0];
        const at = m.index + one.index;
        if (place) found.push({ at, end: at + one[0].length, name, place });
      }
      // All or nothing: 城(口)宣(汉)万(源) is three places, a stray bracket is none.
      if (found.length < 2 || found.length !== [...m[0].matchAll(BRACKETED_ONE)].length) continue;
      out.push(...found);
      t = t.slice(0, m.index) + MASK.repeat(m[0].length) + t.slice(m.index + m[0].length);
    }
  }
  for (let i = 0; i < t.length; ) {
    // (The first character's names first: most characters start none, and a pair is a new string.)
    const lengths = gaz.lengthsByFirst.get(t[i]!);
    if (!lengths || (!gaz.singles && !gaz.pairs.has(t.slice(i, i + 2)))) {
      i++;
      continue;
    }
    let hit: PlaceMention | null = null;
    let several = false;
    for (const len of lengths) {
      if (i + len > t.length) continue;
      const name = t.slice(i, i + len);
      const places = gaz.names.get(name);
      if (!places) continue;
      hit = { at: i, end: i + len, name, place: places[0]! };
      // 川渝两地X管理局, 成渝两地X协会: a body's name after a compound of two places is each place's body.
      const both = places.length === 2 ? pairBodies(name, places, t.slice(i + len)) : null;
      if (both) {
        out.push(both[0]!);
        hit = { ...both[1]!, at: i };
        for (const b of [both[0]!, hit]) Object.assign(b, { at: i, end: i + len + b.head!.length });
        break;
      }
      // A body of both provinces (两地交通部门) stands for two parties.
      for (const p of places.slice(1)) out.push({ at: i, end: i + len, name, place: p });
      several = places.length > 1;
      break;
    }
    if (!hit) {
      i++;
      continue;
    }
    // 重庆渝富控股集团有限公司, 四川港投集团: a company or institution of that place, not the place.
    const rest = t.slice(hit.end);
    // (Not after a compound: 川渝18个区县检察院 are both sides' bodies, read as both sides.)
    const org = !several && hit.place.level !== 'organisation' && hit.place.level !== 'new-area' ? rest.match(ORG_SUFFIX) : null;
    // 四川省德阳市中级人民法院: the body is the nearer place's, 德阳's, not the province's.
    // (广安市武胜县法院 likewise: 武胜县's, not 广安市's.)
    const nearer = org && (hit.place.level === 'province' || hit.place.level === 'prefecture') && holdsPlace(org[0].slice(0, -org[1]!.length), gaz);
    // 隆昌市共同打造检测中心, 在成都建设文献中心: a verb between the place and the noun makes the noun the act's object, not the place's body.
    const acted = org && ACT_IN_NAME.test(org[0].slice(0, -org[1]!.length));
    if (org && !org[0].includes(MASK) && !nearer && !acted) {
      const name = hit.name + org[0];
      hit = { at: hit.at, end: hit.end + org[0].length, name, head: org[0], place: { ...hit.place, zh: name, level: 'organisation', en: `${hit.place.en} ${ORG_EN[org[1]!] ?? 'body'}` } };
    }
    out.push(hit);
    i = hit.end;
  }
  return listItems(t, sharedHeads(t, out.sort((a, b) => a.at - b.at)), gaz);
}

// 两市, 两地, 两省市: a count of two before a body's name shared by the two places before it.
const TWO = /^(?:两|二|2)(?:省市|地市|城市|市|地|区县|区|县)/u;
const COUNTED = /(?:\d+|[两二三四五六七八九十]+)(?:个|家|所|座|地|市|区|县|镇|省)/u;

/** The head of a body's name with a leading count of two taken off (两市律师协会 → 律师协会). */
const headOf = (head: string) => head.replace(TWO, '');

/** A body of place `p` by the head `head` (重庆市 + 邮政分公司). */
const bodyOf = (m: PlaceMention, p: Place, head: string): PlaceMention => {
  const org = head.match(ORG_SUFFIX);
  const zh = `${p.zh}${headOf(head)}`;
  return { at: m.at, end: m.end, name: zh, head, place: { ...p, zh, level: 'organisation', en: `${p.en} ${ORG_EN[org?.[1] ?? ''] ?? 'body'}` } };
};

/** 川渝两地X管理局: each of a compound's two places' body, when the name after it is a body's (and no count in it). */
function pairBodies(name: string, places: Place[], rest: string): PlaceMention[] | null {
  // (Only a compound that counts its two, 川渝两地: 成渝大型三甲医院 are many hospitals of the two, not one body each.)
  if (!/(?:两地|两省市|两市)$/u.test(name)) return null;
  if (places.some((p) => p.generic || p.town || !['province', 'prefecture', 'county'].includes(p.level))) return null;
  const org = rest.match(ORG_SUFFIX);
  if (!org || org[0].includes(MASK)) return null;
  const before = org[0].slice(0, -org[1]!.length);
  // (川渝18个区县检察院 are both sides' bodies, not two provincial ones; 川渝共同打造检测中心 is an act's object.)
  if (COUNTED.test(headOf(before)) || ACT_IN_NAME.test(before) || /^[和与及、]/u.test(before)) return null;
  const m: PlaceMention = { at: 0, end: name.length, name, place: places[0]! };
  return places.map((p) => bodyOf(m, p, org[0]));
}

/**
 * 四川省、重庆市邮政分公司, 成都、重庆两市律师协会: a place listed right before a body of another place,
 * the body's name shared (the two provinces, or a count of two): the first place's body too.
 */
function sharedHeads(t: string, ms: PlaceMention[]): PlaceMention[] {
  let out = ms;
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (!b.head || b.place.level !== 'organisation' || a.place.town || a.place.generic || !['province', 'prefecture', 'county'].includes(a.place.level)) continue;
    if (t.slice(a.end, b.at) !== '、') continue;
    const base = b.name.slice(0, b.name.length - b.head.length);
    const counted = TWO.test(b.head);
    const provinces = a.place.level === 'province' && /^(?:四川省?|重庆市?)$/u.test(base);
    if (!counted && !provinces) continue;
    // (Each by the article's own words for its place, as a body's name is: 成都律师协会, 重庆律师协会.)
    const shared = [bodyOf(a, { ...a.place, zh: a.name }, b.head), bodyOf(b, { ...b.place, zh: base }, b.head)];
    out = [...out.slice(0, i), ...shared, ...out.slice(i + 2)];
  }
  return out;
}

const JOIN = '、和及与';
const AFTER_ITEM = /^(?:[、和及与等，的]|$)/u;

/**
 * 重庆渝北、江北、江津: a district whose short name is an everyday word (江北, 长寿) is that district
 * when it is an item of a list of places, joined to a place named next to it.
 */
function listItems(t: string, found: PlaceMention[], gaz: Gazetteer): PlaceMention[] {
  if (found.length === 0 || gaz.listShorts.size === 0) return found;
  const added: PlaceMention[] = [];
  const taken = (at: number, end: number) => [...found, ...added].some((m) => at < m.end && m.at < end);
  const tryAt = (at: number) => {
    const name = t.slice(at, at + 2);
    const place = gaz.listShorts.get(name);
    if (!place || taken(at, at + 2) || !AFTER_ITEM.test(t.slice(at + 2, at + 3))) return null;
    const m: PlaceMention = { at, end: at + 2, name, place };
    added.push(m);
    return m;
  };
  // Walk each place's neighbours both ways, item by item (a list of several shorts in a row).
  for (const m of found) {
    for (let cur: PlaceMention | null = m; cur && JOIN.includes(t[cur.end] ?? ''); ) cur = tryAt(cur.end + 1);
    for (let cur: PlaceMention | null = m; cur && cur.at >= 3 && JOIN.includes(t[cur.at - 1] ?? ''); ) {
      const prev = tryAt(cur.at - 3);
      cur = prev && (prev.at === 0 || /[、和及与，,：:\p{Script=Han}]/u.test(t[prev.at - 1]!)) ? prev : null;
    }
  }
  return added.length ? [...found, ...added].sort((a, b) => a.at - b.at) : found;
}
