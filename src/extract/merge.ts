/**
 * When two statements name one agreement: the comparisons statements.ts uses within an article (a
 * headline and its story, a list and its explanation), and `mergeReports` across articles (the same
 * agreement reported by several papers).
 */
import type { Agreement, Party } from '../data/agreement-schema';
import { reportsOf } from '../data/agreements';

/** The words that name the thing agreed, without the wrapping every title has. */
export const core = (title: string) =>
  title
    .replace(/（[^）]*）|\([^)]*\)/gu, '')
    .replace(/[《》〈〉“”"'()（）\s]/gu, '')
    .replace(/^(关于贯彻落实|关于)/u, '')
    .replace(/成渝地区双城经济圈|双城经济圈|成渝地区/gu, '')
    .replace(/^(\d+个|一批|一个|两个)/u, '');

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

interface Key {
  /** The document's name from its 《 on (《…规划纲要》联合实施方案), or null when not named. */
  named: string | null;
  core: string;
  grams: Set<string>;
  /** 第二次 (联席会议): the second meeting is not the first. */
  ordinal: string | null;
  /** 两次, 15个, 3项: a counted group is not one of its members, nor a group of another size. */
  count: string | null;
}

const keyCache = new Map<string, Key>();
export function keyOf(object: string): Key {
  let k = keyCache.get(object);
  if (!k) {
    const c = core(object);
    const at = object.indexOf('《');
    k = { named: at >= 0 ? core(object.slice(at)) : null, core: c, grams: bigrams(c), ordinal: /第[一二三四五六七八九十\d]+次|首次|首届|第[一二三四五六七八九十\d]+届/u.exec(object)?.[0] ?? null, count: /(?<!第)(\d+|[两二三四五六七八九十百]+)(次|个|项|条|家|所)/u.exec(object)?.[0] ?? null };
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(object, k);
  }
  return k;
}

/** Whether two objects (战略合作协议, 《…》联合实施方案) name the same thing. */
export function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka.ordinal && kb.ordinal && ka.ordinal !== kb.ordinal) return false;
  if ((ka.count || kb.count) && ka.count !== kb.count) return false;
  // Two documents named in full are the same only when one name holds the other.
  if (ka.named && kb.named) return ka.named.includes(kb.named) || kb.named.includes(ka.named);
  const x = ka.core;
  const y = kb.core;
  // Short generic names (合作协议) say nothing of which agreement it is.
  if (x.length < 6 || y.length < 6) return x === y;
  if (x.includes(y) || y.includes(x)) return true;
  let k = 0;
  while (k < x.length && k < y.length && x[x.length - 1 - k] === y[y.length - 1 - k]) k++;
  if (k >= 5) return true;
  // Most of two names' words (their bigrams, Dice ≥ 0.6) are one's.
  let common = 0;
  for (const g of ka.grams) if (kb.grams.has(g)) common++;
  return (2 * common) / (ka.grams.size + kb.grams.size) >= 0.6;
}

export const partyKey = (ps: readonly Party[]) => ps.map((p) => `${p.level}:${p.code}`).sort().join('|');

/** Dates that can be of one act: equal, or one a coarser form of the other (2020, 2020-04, 2020-04-23). */
const sameTime = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);

/** The thing agreed as a title says it: after the parties (“重庆、四川：《…》”), or the whole title. */
const objectOfTitle = (title: string) => title.slice(title.indexOf('：') + 1);

/** Two sets of places that can be of one agreement: the same, or one of two or more places within the other (a report that names fewer of the signatories). */
const nested = (x: ReadonlySet<string>, y: ReadonlySet<string>) => {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < 2 && small.size !== large.size) return false;
  for (const p of small) if (!large.has(p)) return false;
  return true;
};
const sameSet = (x: ReadonlySet<string>, y: ReadonlySet<string>) => x.size === y.size && nested(x, y);

export interface MergeOptions {
  /** Reports whose ids a link may carry to a colleague (the atlas's own): the id is theirs when one is in the group. */
  shared?: (a: Agreement) => boolean;
  /** An article's date of publication, where known. */
  published?: (article: string) => string | null;
}

/** Whether an article published before a date (not within its period: 2020-04 holds 2020-04-23) reports one of them. */
const reportedBefore = (g: readonly Agreement[], date: string, published: (article: string) => string | null) =>
  g.some((x) =>
    reportsOf(x).some((r) => {
      const p = published(r.article);
      return p !== null && p < date && !date.startsWith(p);
    }),
  );

interface Group {
  members: Agreement[];
  places: Set<string>;
  articles: Set<string>;
}

/** A group of one: an agreement with the places and articles a new report is compared with. */
const groupOf = (a: Agreement): Group => ({ members: [a], places: new Set(a.parties.map((p) => p.code ?? p.name)), articles: new Set(reportsOf(a).map((r) => r.article)) });

/**
 * The group among these (each of the report's kind) that it joins, if any: at times that agree, naming
 * the same specific thing, the same places first (so a report joins the group it always did before
 * nesting was allowed), else places that nest. Never a group of an article that reports it too.
 */
function groupJoined(a: Agreement, candidates: readonly Group[]): Group | undefined {
  const object = objectOfTitle(a.title_zh);
  // A title without a colon names no object of its own (两江、天府合作协议（产业）): nothing to match on.
  if (!a.title_zh.includes('：') || (keyOf(object).named === null && keyOf(object).core.length < 6)) return undefined;
  const { places, articles } = groupOf(a);
  const fits = (g: Group, placesAgree: (x: ReadonlySet<string>, y: ReadonlySet<string>) => boolean) =>
    placesAgree(g.places, places) &&
    [...articles].every((x) => !g.articles.has(x)) &&
    g.members.every((b) => sameTime(a.date, b.date)) &&
    g.members.some((b) => similar(objectOfTitle(b.title_zh), object));
  return candidates.find((g) => fits(g, sameSet)) ?? candidates.find((g) => fits(g, nested));
}

/**
 * For a list of agreements (each already one, `mergeReports`): the agreement of it that a report would
 * join as one more report, or undefined. The list is grouped once, for the many proposals of a review.
 */
export function joinerOf(list: readonly Agreement[]): (a: Agreement) => Agreement | undefined {
  const byKind = new Map<string, Group[]>();
  for (const b of list) {
    const groups = byKind.get(b.kind);
    if (groups) groups.push(groupOf(b));
    else byKind.set(b.kind, [groupOf(b)]);
  }
  return (a) => groupJoined(a, byKind.get(a.kind) ?? [])?.members[0];
}

/**
 * The same agreement reported by several articles, as one: the earliest report (by its date, then
 * by article) is quoted; every report is listed in `sources`; the earliest date is kept. Two reports
 * are one agreement when they are of one kind, at times that agree, name the same specific thing (a
 * named document, or an object of six characters or more) and name the same places, or one names
 * two or more of the other's (长江上游港口联盟 of 果园港、宜宾港、泸州港, and of 两江新区 with them):
 * the agreement then has the wider set of parties, and the title that names them. It keeps the id of
 * the earliest report, or of the earliest that `shared` accepts when one does (the atlas's own, when
 * a planner's article joins it: a colleague's link can name only those), and the others' ids become
 * `former_ids`, so a link or a button naming them still opens it. A date later than an article that
 * had already reported the agreement is not its date (the later article dates its own news): the
 * agreement is then undated and the earliest article is quoted. Agreements reported once are
 * returned as they are. Pure; the order of the input is kept.
 */
export function mergeReports(agreements: readonly Agreement[], { shared = () => true, published = () => null }: MergeOptions = {}): Agreement[] {
  const groups: Group[] = [];
  const byKind = new Map<string, Group[]>();
  for (const a of agreements) {
    const candidates = byKind.get(a.kind) ?? [];
    const same = groupJoined(a, candidates);
    if (same) {
      const { places, articles } = groupOf(a);
      same.members.push(a);
      for (const p of places) same.places.add(p);
      for (const x of articles) same.articles.add(x);
    } else {
      const g = groupOf(a);
      groups.push(g);
      byKind.set(a.kind, [...candidates, g]);
    }
  }
  return groups.map(({ members: g }) => {
    if (g.length === 1) return g[0]!;
    // Earliest first; of two dates of one period (2020-04, 2020-04-23) the finer.
    const byDate = (x: string | null, y: string | null) => (x && y && (x.startsWith(y) || y.startsWith(x)) ? y.length - x.length : (x ?? '9999').localeCompare(y ?? '9999'));
    const firstPublished = (x: Agreement) => reportsOf(x).map((r) => published(r.article) ?? '9999').sort()[0] ?? null;
    let sorted = [...g].sort((x, y) => byDate(x.date, y.date) || x.article.localeCompare(y.article));
    let date = sorted[0]!.date;
    const laterDate = !!date && reportedBefore(g, date, published);
    if (laterDate) {
      date = null;
      sorted = [...g].sort((x, y) => byDate(firstPublished(x), firstPublished(y)) || x.article.localeCompare(y.article));
    }
    const first = sorted[0]!;
    // The report naming the most places names them all (the sets nest): its parties and its title.
    const widest = sorted.reduce((x, y) => (y.parties.length > x.parties.length ? y : x));
    // The surest report says how sure the agreement is, and why not surer; several papers telling it is no doubt.
    const surest = g.reduce((x, y) => (y.confidence > x.confidence ? y : x));
    // (Whether the date kept is from a neighbouring sentence is the earliest report's to say.)
    const reasons = (surest.reasons ?? []).filter((r) => (r !== 'no-date' || !date) && r !== 'nearby-date' && r !== 'reported-earlier');
    if (date && first.reasons?.includes('nearby-date')) reasons.push('nearby-date');
    // Undated, and why: no report gives a date, or (besides) the one given is a later article's.
    if (!date && !reasons.includes('no-date')) reasons.push('no-date');
    if (laterDate) reasons.push('reported-earlier');
    const id = (sorted.find(shared) ?? first).id;
    const seen = new Set<string>();
    const sources = sorted.flatMap(reportsOf).filter((s) => !seen.has(`${s.article}@${s.span.start}`) && !!seen.add(`${s.article}@${s.span.start}`));
    const formerIds = [...new Set(g.flatMap((x) => [x.id, ...(x.former_ids ?? [])]))].filter((x) => x !== id);
    const out: Agreement = { ...first, id, title_zh: widest.title_zh, title_en: widest.title_en, parties: widest.parties, date, confidence: surest.confidence, sources };
    if (formerIds.length) out.former_ids = formerIds;
    else delete out.former_ids;
    if (reasons.length) out.reasons = reasons;
    else delete out.reasons;
    return out;
  });
}
