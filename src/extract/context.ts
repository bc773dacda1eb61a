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

  constructor(private gaz: Gazetteer) {}

  /**
   * The sentence's mentions with each town resolved to its county (by the county or prefecture the
   * article named most lately among those that have a town of that name); a town it cannot place is
   * left out. Names the article gives are remembered as it goes.
   */
  resolve(mentions: readonly PlaceMention[]): PlaceMention[] {
    const out: PlaceMention[] = [];
    for (const m of mentions) {
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

  /** After a sentence is read: what it named, for the sentences after it. */
  after(all: readonly PlaceMention[], block: number, opts: { headline: boolean; spoken: PlaceMention[]; open: boolean; future: boolean }) {
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
    if (crossing(specific)) this.group = { mentions: specific, block };
    if (opts.headline && crossing(mentions)) this.headline = detached(mentions);
    if (opts.spoken.length) this.speaker = { mentions: detached(opts.spoken), block };
    this.previous = { mentions: detached(mentions), block, open: opts.open, future: opts.future };
  }
}
