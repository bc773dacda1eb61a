import type { Gazetteer, Place } from './gazetteer';
import type { PlaceMention } from './places';

/** Places named together in one sentence, on both sides of the line (or a compound such as 万达开). */
export interface Group {
  mentions: PlaceMention[];
  block: number;
}

const crossing = (ms: readonly PlaceMention[]) => {
  const ps = new Set(ms.flatMap((m) => m.place.provinces));
  return ps.has('500000') && ps.has('510000');
};

const MAX_STEMS = 32;

/** A mention moved out of its sentence (inherited): it has no position in the new one. */
export const detached = (ms: readonly PlaceMention[]): PlaceMention[] => ms.map((m) => ({ ...m, at: -1, end: -1 }));

/**
 * What an article has said so far that a later sentence leans on: the places last named together
 * (for 双方, 两地, 三地), the headline's places, who spoke last, the sentence before, and which
 * county a town lies in. Read in order, sentence by sentence.
 */
export class ArticleContext {
  /** The last group of places on both sides of the line, anywhere in the article. */
  group: Group | null = null;
  /** The last new areas named together on both sides (两大新区, 两个新区 mean them). */
  areas: PlaceMention[] | null = null;
  /** The places of the latest headline that names both sides. */
  headline: PlaceMention[] = [];
  speaker: { mentions: PlaceMention[]; block: number } | null = null;
  previous: { mentions: PlaceMention[]; block: number; open: boolean; future: boolean } | null = null;
  /** County and prefecture codes in the order the article named them (latest last): which county a town lies in. */
  private recent: string[] = [];
  private towns = new Map<string, Place | null>();
  /** Towns the article has named in full, by their stem (双槐镇 → 双槐): later 双槐、庆华两地 names them. */
  private stems = new Map<string, { name: string; place: Place }>();
  /** How often the article has named each specific place (county, prefecture, new area), by province. */
  private counts = new Map<string, { mention: PlaceMention; n: number; last: number }>();
  private sentence = 0;
  /** The latest lists of places on both sides, by how many places they name (川渝九地, 八个市、区 point back to one). */
  private lists = new Map<number, PlaceMention[]>();
  /** The latest lists of one side's places, by side and count (巴中与重庆三地区 points back to one). */
  private sideLists = new Map<string, PlaceMention[]>();
  /** A compound the article spells out (明月山 with a seventh county listed): the places it lists for it. */
  private spelled = new Map<string, PlaceMention[]>();

  /**
   * Whether the article puts its cooperation in the 成渝 economic circle (成渝地区双城经济圈): then two named
   * places of one side signing with each other are cooperation the labelling rules count (act.ts).
   */
  circle = false;

  /**
   * The article's publication date (YYYY, YYYY-MM or YYYY-MM-DD), or null: a compound's member that joined
   * after it (明月山's 长寿区 before the 2021 plan) is not yet one of its places.
   */
  date: string | null = null;

  constructor(private gaz: Gazetteer) {}

  /** Whether a place a name stands for was not yet one of the compound's members on the article's date. */
  private notYet(place: Place): boolean {
    if (!place.since || !this.date) return false;
    // (A date of a year or month alone is before the joining only if its last day is.)
    const last = this.date.length === 4 ? `${this.date}-12-31` : this.date.length === 7 ? `${this.date}-31` : this.date;
    return last < place.since;
  }

  /**
   * The sentence's mentions with each town resolved to its county (by the county or prefecture the
   * article named most lately among those that have a town of that name); a town it cannot place is
   * left out. Names the article gives are remembered as it goes.
   */
  resolve(mentions: readonly PlaceMention[]): PlaceMention[] {
    const out: PlaceMention[] = [];
    for (const m of mentions) {
      if (this.notYet(m.place)) continue;
      if (!m.place.town) {
        if ((m.place.level === 'county' || m.place.level === 'prefecture') && m.place.code) this.note(m.place.code);
        out.push(m);
        continue;
      }
      let place = this.towns.get(m.name);
      if (place === undefined) {
        place = this.placeTown(m.name, m.place.codes);
        this.towns.set(m.name, place);
        const stem = m.name.replace(/(街道办事处|街道|镇|乡)$/u, '');
        if (place && stem.length >= 2 && stem !== m.name) {
          this.stems.set(stem, { name: m.name, place });
          // The latest few are enough (an article's towns are few): a text naming thousands stays linear.
          if (this.stems.size > MAX_STEMS) this.stems.delete(this.stems.keys().next().value!);
        }
      }
      if (place) out.push({ ...m, place });
    }
    return out;
  }

  /** The sentence's mentions with the stems of towns named before (蓬南、古溪一体化) added. */
  withStems(text: string, mentions: PlaceMention[]): PlaceMention[] {
    if (this.stems.size === 0) return mentions;
    const added: PlaceMention[] = [];
    for (const [stem, { name, place }] of this.stems) {
      for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) {
        const end = at + stem.length;
        if (mentions.some((m) => at < m.end && m.at < end)) continue;
        added.push({ at, end, name, place });
      }
    }
    return added.length ? [...mentions, ...added].sort((a, b) => a.at - b.at) : mentions;
  }

  private note(code: string) {
    const i = this.recent.lastIndexOf(code);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(code);
  }

  private placeTown(name: string, codes: readonly string[]): Place | null {
    let best: string | null = codes.length === 1 ? codes[0]! : null;
    if (!best) {
      let rank = -1;
      for (const c of codes) {
        const r = Math.max(...this.gaz.within(c).map((x) => this.recent.lastIndexOf(x)));
        if (r > rank) [rank, best] = [r, c];
        else if (r === rank) best = null;
      }
      if (rank < 0) best = null;
    }
    const d = best ? this.gaz.districts.get(best) : undefined;
    if (!d) return null;
    return { zh: `${d.name}${name}`, en: `${name} (${d.name_en})`, level: 'county', code: d.code, codes: [d.code], provinces: [d.province_code] };
  }

  /**
   * The places the article is about: the one it has named most on each side of the line (the
   * latest of equals). 两地 in a county paper that named 潼南 and 遂宁 in different sentences.
   */
  main(): PlaceMention[] {
    const best = new Map<string, { mention: PlaceMention; n: number; last: number }>();
    for (const c of this.counts.values()) {
      if (c.mention.place.provinces.length !== 1) continue;
      const side = c.mention.place.provinces[0]!;
      const b = best.get(side);
      if (!b || c.n > b.n || (c.n === b.n && c.last > b.last)) best.set(side, c);
    }
    return best.size === 2 ? detached([...best.values()].map((c) => c.mention)) : [];
  }

  /**
   * The sentence's compounds as the article spells them out: a compound (明月山) in a sentence that
   * also lists all its documented places but one, or more, stands for the places listed (the sentence's
   * list may hold a place the documented membership lacks), here and in the sentences after.
   */
  spell(mentions: PlaceMention[]): PlaceMention[] {
    const compounds = new Map<string, PlaceMention[]>();
    for (const m of mentions) if ((this.gaz.names.get(m.name)?.length ?? 0) > 1 && !m.place.generic && m.place.level !== 'province') compounds.set(m.name, [...(compounds.get(m.name) ?? []), m]);
    if (compounds.size === 0) return mentions;
    let out = mentions;
    for (const [name, members] of compounds) {
      const codes = new Set(members.map((m) => m.place.code));
      const rest = out.filter((m) => !members.includes(m));
      const spelled = rest.filter((m) => codes.has(m.place.code));
      // (Two of 万达开's three, 达州—万州 in a route's name, do not spell it out: one may be missing from a
      // longer list only, 明月山's seven.)
      const missing = codes.size >= 4 ? 1 : 0;
      if (spelled.length >= codes.size - missing && spelled.length >= 2) {
        const from = Math.min(...spelled.map((m) => m.at));
        const to = Math.max(...spelled.map((m) => m.end));
        const run = rest.filter((m) => m.at >= from && m.end <= to && (m.place.level === 'county' || m.place.level === 'prefecture'));
        this.spelled.set(name, detached(run));
      }
      const known = this.spelled.get(name);
      // (Here and named again later, the compound stands for the places the article listed for it.)
      if (known) out = [...rest, ...known.map((k) => ({ ...k, at: members[0]!.at, end: members[0]!.end }))].sort((a, b) => a.at - b.at);
    }
    return out;
  }

  /** The two provinces standing in for a pair the article never names (said to be a guess). */
  private standIn(): PlaceMention[] {
    return (this.gaz.names.get('川渝') ?? []).map((place) => ({ at: -1, end: -1, name: place.zh, place: { ...place, guess: true } }));
  }

  /** The latest list of places on both sides that named exactly n places (for 川渝九地, 八个市、区). */
  listOf(n: number): PlaceMention[] | null {
    return this.lists.get(n) ?? null;
  }

  /** Every sentence's places, read once on demand (set by the extractor): the pair an article names only later. */
  all: (() => Iterable<readonly PlaceMention[]>) | null = null;
  private wholeMemo: PlaceMention[] | null = null;

  /**
   * The place the whole article names most on each side of the line, read ahead as well as behind:
   * 双方 in a sentence before the article has named its pair (a delegation's visit, its host named later).
   */
  whole(): PlaceMention[] {
    if (this.wholeMemo) return this.wholeMemo;
    const best = new Map<string, { mention: PlaceMention; n: number }>();
    for (const c of this.wholeCounts().values()) {
      const side = c.mention.place.provinces[0]!;
      const b = best.get(side);
      if (!b || c.n > b.n) best.set(side, c);
    }
    this.wholeMemo = best.size === 2 ? detached([...best.values()].map((c) => c.mention)) : [];
    return this.wholeMemo;
  }

  /** A mention by a name that stands for several places: a member of a compound (遂潼 gives 遂宁 and 潼南). */
  private compound(m: PlaceMention): boolean {
    return (this.gaz.names.get(m.name)?.length ?? 0) > 1;
  }

  /** How often the whole article names a county, prefecture or new area (0 for any other code): the learned party model reads it. */
  timesNamed(code: string): number {
    return this.wholeCounts().get(code)?.n ?? 0;
  }

  private countsMemo: Map<string, { mention: PlaceMention; n: number }> | null = null;
  /** How often the whole article names each county, prefecture and new area (read once, on demand). */
  private wholeCounts(): Map<string, { mention: PlaceMention; n: number }> {
    if (this.countsMemo) return this.countsMemo;
    const counts = new Map<string, { mention: PlaceMention; n: number }>();
    if (this.all)
      for (const ms of this.all())
        for (const [i, m] of ms.entries()) {
          const p = m.place;
          if (!p.code || p.generic || p.town || p.provinces.length !== 1 || (p.level !== 'county' && p.level !== 'prefecture' && p.level !== 'new-area')) continue;
          // (Not a compound's member, 遂潼's 遂宁, nor a prefecture written before its own county, 遂宁市安居区.)
          if (this.compound(m)) continue;
          const next = ms[i + 1];
          if (p.level === 'prefecture' && next && next.at === m.end && next.place.code && this.gaz.within(next.place.code).includes(p.code)) continue;
          const c = counts.get(p.code);
          if (c) c.n++;
          else counts.set(p.code, { mention: m, n: 1 });
        }
    this.countsMemo = counts;
    return counts;
  }

  /**
   * 遂潼 in a 安居区 paper: a compound's prefecture is the one county of it the article names, when the
   * article names no other county of it and the prefecture on its own no more often.
   */
  narrow(ms: PlaceMention[]): PlaceMention[] {
    const compoundPrefecture = (m: PlaceMention) => m.place.level === 'prefecture' && this.compound(m);
    if (!ms.some(compoundPrefecture)) return ms;
    const counts = this.wholeCounts();
    return ms.map((m) => {
      if (!compoundPrefecture(m)) return m;
      const inside = [...counts.values()].filter((c) => c.mention.place.level === 'county' && this.gaz.within(c.mention.place.code!).includes(m.place.code!));
      const own = counts.get(m.place.code!)?.n ?? 0;
      return inside.length === 1 && inside[0]!.n >= own ? { ...inside[0]!.mention, at: m.at, end: m.end } : m;
    });
  }

  /** The sentences after the one being read, as far as the extractor lets the context look (set per sentence). */
  ahead: (() => Iterable<readonly PlaceMention[]>) | null = null;

  /**
   * 川渝九地联合发布…, the nine named in a sentence after: the first list of exactly n places on both
   * sides in the next few sentences (a prefecture written beside its own county, 资阳（安岳县）, is that
   * county; a compound, 成渝, names no item).
   */
  listAhead(n: number): PlaceMention[] | null {
    if (!this.ahead) return null;
    for (const ms of this.ahead()) {
      const items = ms.filter((m) => (m.place.level === 'county' || m.place.level === 'prefecture' || m.place.level === 'new-area') && m.place.code && (this.gaz.names.get(m.name)?.length ?? 0) <= 1);
      const places = items.filter((m, i) => items.findIndex((x) => x.place.code === m.place.code) === i && !(m.place.level === 'prefecture' && items.some((x) => x !== m && x.place.code && x.place.code !== m.place.code && this.gaz.within(x.place.code).includes(m.place.code!))));
      if (places.length === n && crossing(places)) return detached(places);
    }
    return null;
  }

  /** The latest list of n places of one side (province code) the article named in one sentence. */
  sideListOf(province: string, n: number): PlaceMention[] | null {
    return this.sideLists.get(`${province}:${n}`) ?? null;
  }

  /** After a sentence is read: what it named, for the sentences after it. */
  after(all: readonly PlaceMention[], block: number, opts: { headline: boolean; spoken: PlaceMention[]; open: boolean; future: boolean; pronoun?: boolean }) {
    // 成都彭州, 遂宁市安居区: the county is meant; carried on, the prefecture would be a party of its own.
    const mentions = all.filter((m, i) => {
      const next = all[i + 1];
      return !(m.place.level === 'prefecture' && next && next.at === m.end && next.place.code && this.gaz.within(next.place.code).includes(m.place.code!));
    });
    const specific = mentions.filter((m) => m.place.level !== 'province' && !m.place.generic);
    this.sentence++;
    for (const m of specific) {
      if (m.place.level === 'organisation' || !m.place.code) continue;
      const key = `${m.place.level}:${m.place.code}`;
      const c = this.counts.get(key);
      if (c) Object.assign(c, { n: c.n + 1, last: this.sentence });
      else this.counts.set(key, { mention: m, n: 1, last: this.sentence });
    }
    // A compound alone (万达开三地) is a group too; provinces alone (川渝) are not, except in a headline.
    const areas = specific.filter((m) => m.place.level === 'new-area');
    if (crossing(areas)) this.areas = detached(areas);
    if (crossing(specific)) {
      this.group = { mentions: specific, block };
      const places = specific.filter((m, i) => (m.place.level === 'county' || m.place.level === 'prefecture' || m.place.level === 'new-area') && specific.findIndex((x) => x.place.code === m.place.code) === i);
      if (places.length >= 3) this.lists.set(places.length, detached(places));
    }
    // 重庆市渝北区、沙坪坝区、潼南区民政局: each side's places (or their bodies) listed, by count.
    const bySide = new Map<string, PlaceMention[]>();
    for (const m of specific) {
      const code = m.place.code;
      if (!code || code === '500000' || code === '510000' || m.place.provinces.length !== 1) continue;
      if (m.place.level !== 'county' && m.place.level !== 'prefecture' && m.place.level !== 'new-area' && m.place.level !== 'organisation') continue;
      const side = bySide.get(m.place.provinces[0]!) ?? [];
      if (!side.some((x) => x.place.code === code)) side.push(m);
      bySide.set(m.place.provinces[0]!, side);
    }
    for (const [side, ms] of bySide) if (ms.length >= 2) this.sideLists.set(`${side}:${ms.length}`, detached(ms));
    if (opts.headline && crossing(mentions)) this.headline = detached(mentions);
    if (opts.spoken.length) this.speaker = { mentions: detached(opts.spoken), block };
    // A clause of a running list that names no one (…；共建C示范区；) keeps the subject the list opened with.
    // (A clause opened by 双方/两地 and naming no one carries the pair they stand for: 双方还共同打造A；共建B；)
    const carried =
      mentions.length === 0 && this.previous?.open && this.previous.block === block
        ? this.previous.mentions
        : mentions.length === 0 && opts.pronoun && opts.open
          ? (this.group?.mentions ?? this.standIn())
          : detached(mentions);
    this.previous = { mentions: carried, block, open: opts.open, future: opts.future };
  }
}
