/**
 * Once per article (round 12): the same agreement proposed a second time is folded into the surer
 * statement of it, whatever parties the second mention names. mergeStatements (statements.ts) only
 * compares statements of the same parties; an article that tells of an alliance again (该联盟由…构成,
 * 为联盟揭牌, 通过了《…联盟章程》) names other, or vaguer, parties each time, and each mention became an
 * agreement of its own. Here the names are compared, not the parties.
 */
import { keyOf, similar } from './merge';
import { datedOf, GENERIC_OBJECT, takeDate, type Candidate } from './statements';

/** What a second mention keeps of the agreement: nothing but its date, when the kept one had none (or one from a neighbouring sentence). */
function fold(kept: Candidate, into: Candidate) {
  takeDate(kept, datedOf(into));
  if (kept.date) kept.reasons.delete('no-date');
}

const HEADS = '(联盟|共同体|平台|中心|示范区|合作区|产业园|园区|协会|研究院|实验室|基地|走廊|机制|联席会议?)';
// A body, zone or mechanism named by its head alone (该联盟, 联盟, 这一平台): the one named in full before.
// (Also the head alone after a word that cannot open a name: 为联盟揭牌, 加入联盟.)
const BARE_HEAD = new RegExp(`(?:^|[为对向在与和及、，]|加入|该|这一|此|本|这个)${HEADS}$`, 'u');
const HEAD = new RegExp(`${HEADS}$`, 'u');
const headOf = (c: Candidate) => HEAD.exec(keyOf(c.trigger.object).core)?.[1];
// A consensus reached (达成一致意见, 形成共识): said beside the document that records it, no thing of its own.
const CONSENSUS = /^(?:达成|形成|取得)?了?(?:广泛|高度|重要)?(?:一致意见|共识|一致)$/u;
// A platform or mechanism named by what every one is (区域发展功能平台, 合作机制): no thing of its own beside one named.
const VAGUE = /^(?:区域|发展|功能|合作|工作|协作|交流|服务|综合|协同|联动|常态化|长效|沟通|对接|重要|共同|相关|双方|两地)*(?:平台|机制|载体)$/u;

const BATCH = /第[一二三四五六七八九十\d]+批|首批/u;
const WINDOW = 48;

/** A name that says which agreement it is: a named document, or six characters or more that are not a kind of document. */
const specific = (c: Candidate) => {
  const k = keyOf(c.trigger.object);
  return !c.trigger.generic && !GENERIC_OBJECT.test(k.core) && (k.named !== null || k.core.length >= 6);
};

/**
 * Two specific names of one thing: of one kind, ending in the same head (a zone and its plan, 示范区 and
 * 示范区总体方案, or a belt and its leaders' meeting are two), similar as merge.ts compares names (which
 * also keeps a second meeting from the first, and a counted group from one of its members), and one
 * held whole in the other.
 */
const sameName = (a: Candidate, b: Candidate) => {
  const x = keyOf(a.trigger.object).core;
  const y = keyOf(b.trigger.object).core;
  if (a.trigger.kind !== b.trigger.kind || x.slice(-2) !== y.slice(-2) || !specific(a) || !specific(b) || !similar(a.trigger.object, b.trigger.object)) return false;
  // (A batch is not one of its members: 第二批…示范园 and a 示范园 are two, as are the first and second batch.)
  if (BATCH.exec(a.trigger.object)?.[0] !== BATCH.exec(b.trigger.object)?.[0]) return false;
  // (Not a head shared alone, nor most words: 明月山…党政联席会议 and 四川重庆党政联席会议 are two meetings, 荣隆…示范园
  // and 川渝…示范园 two parks. Said again, a name is held whole in the other: the short name, or the long.)
  return x.includes(y) || y.includes(x);
};

/** Statements of one sentence that a reader counts as several (items of one list, a 分别 signing's partners): never one another's repeat. */
const siblings = (a: Candidate, b: Candidate) => a.sentence === b.sentence && a.span.start === b.span.start && (a.item !== undefined || b.item !== undefined || (!!a.trigger.list && !!b.trigger.list) || a.trigger.object === b.trigger.object);

/**
 * The surer of two statements of one agreement: the higher confidence; then, as sure (the learned
 * reading's proposals all are), the one told in the body over a headline's, the one whose sentence
 * names its parties over one that took them from the text around (a headline's or a paragraph's
 * places, the provinces), the rules' over the learned reading's, and the first told.
 */
function surer(a: Candidate, b: Candidate, ia: number, ib: number): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  if (a.headline !== b.headline) return !a.headline;
  const around = (c: Candidate) => c.reasons.has('context-parties') || c.reasons.has('province-parties');
  if (around(a) !== around(b)) return !around(a);
  if (!!a.features !== !!b.features) return !a.features;
  return ia < ib;
}

/** Where the nearest statement before i within the window names a body in full with this head, or -1. */
function nearestNamed(merged: readonly Candidate[], i: number, head: string): number {
  for (let j = i - 1; j >= Math.max(0, i - WINDOW); j--) if (specific(merged[j]!) && headOf(merged[j]!) === head) return j;
  return -1;
}

/**
 * Across the article: a statement naming the same agreement as another (the same named document, a
 * similar specific name, or the head of a body named in full before it: 联盟 after 成渝…联盟成立) is
 * folded into the surer. Its parties are not added: a second mention names members, hosts or the
 * provinces standing in, not who agreed (the first statement's parties are the label's); the kept
 * statement's confidence stays its own, the surer of the two.
 */
export function onceEach(merged: readonly Candidate[]): Candidate[] {
  const gone = new Set<number>();
  for (let i = 0; i < merged.length; i++) {
    if (gone.has(i)) continue;
    const c = merged[i]!;
    if (c.countedOf) continue;
    const bare = BARE_HEAD.exec(keyOf(c.trigger.object).core)?.[1];
    // (A bare head names the body told in full before it, the nearest such.)
    const named = bare ? nearestNamed(merged, i, bare) : -1;
    // (Within a window of statements either side: a long text stays linear.)
    for (let j = Math.max(0, i - WINDOW); j < Math.min(merged.length, i + WINDOW + 1); j++) {
      if (j === i || gone.has(j)) continue;
      const o = merged[j]!;
      if (o.countedOf || siblings(c, o)) continue;
      const same = bare ? j === named : sameName(c, o);
      if (!same) continue;
      if (!bare && surer(c, o, i, j)) {
        fold(c, o);
        gone.add(j);
      } else {
        fold(o, c);
        gone.add(i);
        break;
      }
    }
  }
  return merged.filter((_, i) => !gone.has(i));
}

/**
 * Within one sentence: beside a statement that names its thing, a second one whose thing is none of
 * its own — a consensus reached (一致意见), a platform or mechanism named by what every one is
 * (功能平台), or a piece of the other's name (川渝产业园 inside 川渝产业园区发展联盟) — is dropped.
 */
export function oneThingEach(merged: readonly Candidate[]): Candidate[] {
  const named = (c: Candidate) => specific(c) && !CONSENSUS.test(keyOf(c.trigger.object).core) && !VAGUE.test(keyOf(c.trigger.object).core);
  return merged.filter((c, i) => {
    const core = keyOf(c.trigger.object).core;
    // (The statements of one sentence stand together: look at the neighbours alone.)
    const others = merged.slice(Math.max(0, i - WINDOW), i + WINDOW + 1).filter((o) => o !== c && o.sentence === c.sentence && o.span.start === c.span.start && o.trigger.object !== c.trigger.object && !(c.trigger.list && o.trigger.list) && named(o));
    if (!others.length) return true;
    if (CONSENSUS.test(core) || VAGUE.test(core)) return false;
    // (A piece of another's name: its words inside the other's, the other longer.)
    return !others.some((o) => {
      const long = keyOf(o.trigger.object).core;
      return core.length >= 2 && long.length > core.length && long.includes(core) && o.trigger.end - o.trigger.object.length <= c.trigger.end - c.trigger.object.length && c.trigger.end <= o.trigger.end;
    });
  });
}
