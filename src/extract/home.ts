import type { Gazetteer, Place } from './gazetteer';
import { DATELINE, placesIn, type PlaceMention } from './places';

/**
 * 我市, 我区, 我县, 本区, 我院…: a local outlet names its own place (or a body its own body) by a
 * pronoun (该镇, 该区: the place the article is about). Which place that is, the article says elsewhere: in its headline, its site name, its
 * footer, or by naming that place more than any other of its level. A place named in the same
 * sentence is the partner, not the pronoun; when the sentence's partner is on one side of the line,
 * the pronoun is a place of the other side, or that side's province (said to be a guess) when the
 * article never names one of the right level.
 */
// (Not the 本 of 基本, 成本, 资本, 日本…, nor the 我 of 自我: 根本区别 is no district.)
export const SELF = /(?<![基根成资样日版文剧课账范标原一脚读绘画书手蓝应活])(?<!自|忘)[我本该](市|区|县|省|镇|乡|街道|院|局|委)(?![域场民级县城长士员别])/gu;
const GATE = /[我本该][市区县省镇乡街院局委]/u;

interface Count {
  mention: PlaceMention;
  n: number;
}

const PROVINCE: Record<string, Place> = {
  '500000': { zh: '重庆市', en: 'Chongqing', level: 'province', code: '500000', codes: ['500000'], provinces: ['500000'] },
  '510000': { zh: '四川省', en: 'Sichuan', level: 'province', code: '510000', codes: ['510000'], provinces: ['510000'] },
};

/** One sentence as read: its normalised text and the places and bodies it names. */
export interface ReadSentence {
  text: string;
  found: PlaceMention[];
}

/** Which places and bodies an article names, how often: read once, only when it speaks of itself. */
export class Home {
  private counted: Map<string, Count> | null = null;
  /** The sentences the extractor has read so far, kept to be counted if need be. */
  private kept: ReadSentence[] = [];

  /** `readAt(i)` reads sentence i of `total` (the extractor keeps what it read ahead, so nothing is read twice). */
  constructor(
    private readAt: (i: number) => ReadSentence,
    private total: number,
    private gaz: Gazetteer,
  ) {}

  /** The extractor has read sentence i (in order). */
  keep(i: number, r: ReadSentence) {
    if (!this.counted && i === this.kept.length) this.kept.push(r);
  }

  /** Read once, when a sentence first needs it: what was read so far, and the rest read ahead. */
  private get counts(): Map<string, Count> {
    if (!this.counted) {
      const all = this.kept;
      for (let i = all.length; i < this.total; i++) all.push(this.readAt(i));
      this.counted = this.count(all);
      this.kept = [];
    }
    return this.counted;
  }

  private count(all: readonly ReadSentence[]): Map<string, Count> {
    const counts = new Map<string, Count>();
    for (const { text: n, found: named } of all) {
      const found: [PlaceMention, number][] = named.map((m) => [m, 1]);
      // A document's name counts too (《射洪市潼南区…协议》 names the outlet's own place).
      if (n.includes('《')) for (const t of n.matchAll(/《([^》]*)》?/gu)) found.push(...placesIn(t[1]!, this.gaz).map((m): [PlaceMention, number] => [m, 1]));
      // A dateline (遂宁讯) says which place the outlet is: it weighs more than a mention.
      if (n.includes('讯')) for (const d of n.matchAll(DATELINE)) found.push(...placesIn(d[1]!, this.gaz).map((m): [PlaceMention, number] => [m, 3]));
      for (const [m, w] of found) {
        if (m.place.generic || (!m.place.code && !m.place.town)) continue;
        const key = m.place.town ? `town:${m.name}` : m.place.level === 'organisation' ? `org:${m.name}` : `${m.place.level}:${m.place.code}`;
        const c = counts.get(key);
        if (c) c.n += w;
        else counts.set(key, { mention: m, n: w });
      }
    }
    return counts;
  }

  /** The sentence's mentions with each 我市/我区/我县/我院… added as the place or body it stands for. */
  resolve(text: string, mentions: PlaceMention[]): PlaceMention[] {
    if (text.includes('市')) mentions = this.cityBodies(mentions);
    if (!GATE.test(text)) return mentions;
    const added: PlaceMention[] = [];
    SELF.lastIndex = 0;
    for (let m = SELF.exec(text); m; m = SELF.exec(text)) {
      const at = m.index;
      if (mentions.some((x) => at < x.end && x.at < at + m![0].length)) continue;
      const place = this.placeOf(m[1]!, mentions);
      if (place) added.push({ at, end: at + m[0].length, name: m[0], place });
    }
    return added.length ? [...mentions, ...added].sort((a, b) => a.at - b.at) : mentions;
  }

  /**
   * 市发展改革委 is Chongqing's in a Chongqing paper, but in 遂宁's paper facing 潼南区 it is 遂宁's own:
   * a 市X body whose partner in the sentence is a Chongqing place is the outlet's Sichuan city's.
   */
  private cityBodies(mentions: PlaceMention[]): PlaceMention[] {
    const city = mentions.filter((m) => m.name.startsWith('市') && m.place.level === 'organisation' && m.place.code === '500000');
    if (city.length === 0) return mentions;
    const others = mentions.filter((m) => !city.includes(m));
    if (!others.some((m) => m.place.code && m.place.level !== 'province' && m.place.provinces.every((p) => p === '500000'))) return mentions;
    const place = this.placeOf('市', others);
    if (!place || place.level !== 'prefecture') return mentions;
    return mentions.map((m) => (city.includes(m) ? { ...m, place: { ...place, zh: place.zh + m.name.slice(1), level: 'organisation' as const } } : m));
  }

  private placeOf(suffix: string, mentions: PlaceMention[]): Place | null {
    if (suffix === '省') return PROVINCE['510000']!;
    // A compound (遂潼一体化合作协议) names a region, not the partner.
    mentions = mentions.filter((m) => (this.gaz.names.get(m.name)?.length ?? 0) <= 1 || m.place.generic);
    const named = new Set(mentions.map((m) => m.place.code).filter(Boolean));
    const placed = mentions.filter((m) => m.place.code && !m.place.generic);
    const specific = placed.filter((m) => m.place.level !== 'province');
    // 我市与四川省签署…: with no nearer place named, the province named is the partner's side.
    const sides = new Set((specific.length ? specific : placed).flatMap((m) => m.place.provinces));
    const partnerSide = sides.size === 1 ? [...sides][0]! : null;
    // 我县 for a county that has become a city (射洪县 → 射洪市), 我区 for a county: any county-level place, when none fits strictly.
    const loosely = (c: Count): boolean => '区县'.includes(suffix) && c.mention.place.level === 'county' && !c.mention.place.town;
    const fits = (c: Count): boolean => {
      const p = c.mention.place;
      const zh = p.level === 'organisation' ? c.mention.name : p.zh;
      switch (suffix) {
        case '市':
          return p.level === 'prefecture' || (p.level === 'county' && !p.town && zh.endsWith('市')) || (p.level === 'province' && p.code === '500000');
        case '区':
          return (p.level === 'county' && !p.town && zh.endsWith('区')) || p.level === 'new-area';
        case '县':
          return p.level === 'county' && !p.town && zh.endsWith('县');
        case '镇':
        case '乡':
        case '街道':
          return !!p.town && c.mention.name.endsWith(suffix);
        default:
          return p.level === 'organisation' && c.mention.name.endsWith(suffix);
      }
    };
    for (const test of [fits, loosely]) {
      let best: Count | null = null;
      for (const c of this.counts.values()) {
        if (!test(c) || (c.mention.place.code && named.has(c.mention.place.code))) continue;
        if (partnerSide && c.mention.place.provinces.every((p) => p === partnerSide)) continue;
        if (!best || c.n > best.n) best = c;
      }
      if (best) return best.mention.place;
    }
    // 我区与四川省岳池县签约 in an article that never names its own district: the other side, as a guess.
    if (partnerSide && '市区县'.includes(suffix)) return { ...PROVINCE[partnerSide === '500000' ? '510000' : '500000']!, guess: true };
    return null;
  }
}
