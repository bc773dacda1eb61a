import type { Party } from '../data/agreement-schema';
import type { Domain, Kind } from '../data/agreement-vocab';
import type { Trigger } from './classify';
import type { Gazetteer } from './gazetteer';
import { orgKindEn } from './places';

const KIND_ZH: Record<Kind, string> = { agreement: '合作协议', plan: '合作方案', fund: '合作基金', alliance: '合作联盟', mechanism: '合作机制', project: '共建项目' };
const KIND_EN: Record<Kind, string> = { agreement: 'agreement', plan: 'joint plan', fund: 'joint fund', alliance: 'alliance', mechanism: 'joint mechanism', project: 'joint project' };
export const DOMAIN_ZH: Record<Domain, string> = {
  industry: '产业', transport: '交通', logistics: '物流', trade: '商贸', innovation: '科技创新', digital: '数字经济', finance: '金融',
  'tourism-culture': '文化旅游', ecology: '生态环保', education: '教育', health: '医疗卫生', 'social-security': '社会保障', housing: '住房',
  'public-services': '公共服务', governance: '协同治理', security: '公共安全', talent: '人才',
};
export const DOMAIN_EN: Record<Domain, string> = {
  industry: 'industry', transport: 'transport', logistics: 'logistics', trade: 'trade', innovation: 'innovation', digital: 'the digital economy',
  finance: 'finance', 'tourism-culture': 'tourism and culture', ecology: 'ecology', education: 'education', health: 'health',
  'social-security': 'social security', housing: 'housing', 'public-services': 'public services', governance: 'governance',
  security: 'public security', talent: 'talent',
};

const PROVINCE_SHORT: Record<string, [string, string]> = { '500000': ['重庆', 'Chongqing'], '510000': ['四川', 'Sichuan'] };

/** A place's short English name by its code: Chongqing, Chengdu, Jiangbei (its province's where the gazetteer has no other). */
function placeEn(code: string, gaz: Gazetteer): string {
  const d = gaz.districts.get(code);
  if (d && !PROVINCE_SHORT[code]) return d.name_en.replace(/ (District|County|City|Autonomous County)$/u, '');
  const prefecture = gaz.byCode.get(`prefecture:${code}`);
  if (prefecture) return prefecture.en.replace(/ City$/u, '');
  return PROVINCE_SHORT[gaz.provinceOf(code) ?? '']?.[1] ?? '';
}

function partyLabel(p: Party, gaz: Gazetteer): [string, string] {
  if (p.level === 'province' && p.code) return PROVINCE_SHORT[p.code] ?? [p.name, p.name];
  const d = p.code ? gaz.districts.get(p.code) : undefined;
  if (p.level === 'county' && d) return [d.short.length >= 2 ? d.short : d.name, placeEn(d.code, gaz)];
  const hit = gaz.byZh.get(p.name) ?? (p.level !== 'organisation' && p.code ? gaz.byCode.get(`${p.level}:${p.code}`) : undefined);
  if (hit) return [p.level === 'prefecture' ? p.name.replace(/市$/u, '') : p.name, p.level === 'prefecture' ? hit.en.replace(/ City$/u, '') : hit.en];
  // A body the gazetteer does not know: its place and its kind (Chongqing group, Chengdu administration), never a guessed name.
  return [p.name, p.code ? `${placeEn(p.code, gaz)} ${orgKindEn(p.name) ?? 'body'}`.trim() : 'a partner'];
}

/** Drop an opening quote or bracket whose closing one the clause cut off, and close an open 《. */
function balance(s: string): string {
  let out = s;
  for (const [open, close] of [['“', '”'], ['"', '"'], ['(', ')'], ['（', '）']] as const) {
    const opens = out.split(open).length - 1;
    const closes = open === close ? 0 : out.split(close).length - 1;
    if (open === close ? opens % 2 === 1 : opens > closes) out = out.replace(open, '');
  }
  if ((out.split('《').length - 1) > (out.split('》').length - 1)) out += '》';
  return out;
}

const slugify = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    // Guang'an → guangan: an apostrophe only marks a syllable break, and ids stay as they were.
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');

/** A short stable token for a party in an id: 大足 → dazu, 重庆市财政局 → cq-finance. */
function slugOfParty(p: Party, en: string): string {
  if (p.level === 'organisation') {
    const side = p.code?.startsWith('50') ? 'cq' : p.code?.startsWith('51') ? 'sc' : 'org';
    const word = en.replace(/^(Chongqing|Sichuan)\s+/u, '').split(/[\s(]/u)[0] ?? '';
    return `${side} ${word}`;
  }
  return en.replace(/ (District|City|Autonomous County)$/u, '').replace(/ New Area$/u, '');
}

/** Finance Department → Finance Departments, Federation of Returned Overseas Chinese → Federations of …, agency → agencies. */
export function pluralOf(phrase: string): string {
  const of = phrase.indexOf(' of ');
  const head = of >= 0 ? phrase.slice(0, of) : phrase;
  const m = /^(.*?)(\S+)$/u.exec(head);
  if (!m) return phrase;
  const w = m[2]!;
  const many = /[^aeiou]y$/u.test(w) ? `${w.slice(0, -1)}ies` : /(s|x|ch|sh)$/u.test(w) ? `${w}es` : `${w}s`;
  return `${m[1]}${many}${of >= 0 ? phrase.slice(of) : ''}`;
}

/**
 * A title in both languages: the parties and what they agreed. A named document (《…》) keeps its
 * name in Chinese; English says what kind of act it is and its field, never a guessed translation.
 */
export function titlesOf(t: Trigger, parties: Party[], domains: Domain[], gaz: Gazetteer): { zh: string; en: string; slug: string } {
  const labels = parties.map((p) => partyLabel(p, gaz));
  const uniq = (xs: string[]) => [...new Set(xs)];
  const zhParties = uniq(labels.map((l) => l[0]));
  const enParties = uniq(labels.map((l) => l[1]));
  const who = zhParties.length > 3 ? `${zhParties.slice(0, 3).join('、')}等` : zhParties.join('、');
  // 重庆市财政局 and 四川省财政厅 are "Chongqing and Sichuan finance departments".
  // (One of each side: two Chongqing bodies of one kind are not Chongqing and Sichuan ones.)
  const stems = parties.map((p, i) => (p.level === 'organisation' ? labels[i]![1].replace(/^(Chongqing|Sichuan)\s+/u, '') : null));
  const sides = new Set(labels.map((l) => /^(Chongqing|Sichuan)\s/u.exec(l[1])?.[1]));
  if (parties.length === 2 && stems[0] && stems[0] === stems[1] && sides.size === 2 && !sides.has(undefined)) enParties.splice(0, enParties.length, `Chongqing and Sichuan ${pluralOf(stems[0])}`);
  const whoEn = enParties.length > 3 ? `${enParties.slice(0, 3).join('–')} and others` : enParties.join('–');
  const named = /《[^》]+》[^、，。]*/u.exec(t.object)?.[0];
  const object = balance(
    (named ?? t.object)
      .replace(/^.*?电[（(][^)）]*[)）]/u, '')
      .replace(/^(\d{1,2}日|日前|近日|目前|今年|去年)/u, '')
      .replace(/^(了|与|和|的|一系列|一批)+/u, '')
      .trim(),
  );
  const field = DOMAIN_ZH[domains[0] ?? 'governance'];
  const zh =
    named || object.length > 5 || (object.length >= 4 && !/(协议|备忘录|方案|机制|联盟|基金|合作|共识|签约|规划|计划)$/u.test(object))
      ? `${who}：${object}`
      : object.length >= 4 && /(协议|备忘录|方案|机制|联盟|基金)$/u.test(object)
        ? `${who}${object}（${field}）`
        : `${who}${field}${KIND_ZH[t.kind]}`;
  const en = `${whoEn}: ${KIND_EN[t.kind]} on ${domains.map((d) => DOMAIN_EN[d]).join(', ')}`;
  const slug = [t.kind, ...uniq(parties.map((p, i) => slugOfParty(p, labels[i]![1]))).slice(0, 3), domains[0] ?? ''].map(slugify).filter(Boolean).join('-');
  return { zh, en, slug };
}
