import { DOMAINS, KINDS } from '../data/agreement-vocab';
import type { Agreement } from '../data/agreement-schema';
import type { AgreementIndex } from '../data/agreements';
import type { AgreementFilters } from '../state/view-types';

/** The year an agreement is dated to; null when the article gives none. */
const agreementYear = (a: Pick<Agreement, 'date'>): number | null => (a.date ? Number(a.date.slice(0, 4)) : null);

/** What the filters read of an agreement, as integers and bits. */
interface FilterFacts {
  year: number | null;
  /** Its year, or else the year it was first reported (what the time slider goes by). */
  known: number | null;
  domains: number;
  kind: number;
  /** Bits: a party in Chongqing (1), in Sichuan (2), elsewhere (4). */
  provinces: number;
  confidence: number;
}

/** The filters and the "as of" year, in the same bits. */
interface Wanted {
  domains: number;
  kinds: number;
  years: [number, number] | null;
  partner: AgreementFilters['partnerProvince'];
  minConfidence: number | null;
  undatedByReport: boolean;
  asOf: number | null;
}

const CHONGQING = 1;
const SICHUAN = 2;
const ELSEWHERE = 4;
const PROVINCE_BITS = { '500000': CHONGQING, '510000': SICHUAN, other: ELSEWHERE } as const;
const domainBit = new Map<string, number>(DOMAINS.map((d, i) => [d, 1 << i]));
const kindBit = new Map<string, number>(KINDS.map((k, i) => [k, 1 << i]));
const bits = (values: readonly string[], of: ReadonlyMap<string, number>) => values.reduce((m, v) => m | (of.get(v) ?? 0), 0);

function factsOf(a: Agreement, reported: number | null): FilterFacts {
  const year = agreementYear(a);
  return {
    year,
    known: year ?? reported,
    domains: bits(a.domains, domainBit),
    kind: kindBit.get(a.kind) ?? 0,
    provinces: a.parties.reduce((m, p) => (p.code === null ? m : m | (p.code.startsWith('50') ? CHONGQING : p.code.startsWith('51') ? SICHUAN : ELSEWHERE)), 0),
    confidence: a.confidence,
  };
}

const wanted = (f: AgreementFilters, asOf: number | null): Wanted => ({
  domains: bits(f.domains, domainBit),
  kinds: bits(f.kinds, kindBit),
  years: f.years,
  partner: f.partnerProvince,
  minConfidence: f.minConfidence,
  undatedByReport: f.undatedByReport,
  asOf,
});

/**
 * Whether an agreement passes the filters and the "as of" year. An empty list filters nothing.
 * An undated agreement fails a year range (a report on 2020–2021 must not list what may be from
 * another year) unless the planner asks to count it by the year it was first reported
 * (`undatedByReport`); with no report date either it fails the range all the same. On the time
 * slider it always counts from the year it was first reported: it existed by then, and before then
 * nothing said so; with no report date either it stays at every year, since hiding it would read
 * as "not yet signed".
 */
function meets(x: FilterFacts, w: Wanted): boolean {
  if (w.domains && !(x.domains & w.domains)) return false;
  if (w.kinds && !(x.kind & w.kinds)) return false;
  if (w.years) {
    const y = w.undatedByReport ? x.known : x.year;
    if (y === null || y < w.years[0] || y > w.years[1]) return false;
  }
  if (w.asOf !== null && x.known !== null && x.known > w.asOf) return false;
  if (w.partner === 'both') {
    if ((x.provinces & (CHONGQING | SICHUAN)) !== (CHONGQING | SICHUAN)) return false;
  } else if (w.partner && !(x.provinces & PROVINCE_BITS[w.partner])) return false;
  if (w.minConfidence !== null && x.confidence < w.minConfidence) return false;
  return true;
}

/** One agreement against the filters (`reported`: the year it was first reported, if known). */
export const passes = (a: Agreement, f: AgreementFilters, asOf: number | null, reported: number | null = null): boolean =>
  meets(factsOf(a, reported), wanted(f, asOf));

/**
 * What the filters read of each agreement of an index, read once per index in its list's order: a
 * filter change or a slider step then tests integers rather than walking each agreement's fields,
 * parties and dates again. At a hundred times today's agreements that walk was the largest part of
 * the script either action runs before the map draws.
 */
const FACTS = new WeakMap<AgreementIndex, FilterFacts[]>();

function factsOfIndex(all: AgreementIndex): FilterFacts[] {
  let facts = FACTS.get(all);
  if (!facts) FACTS.set(all, (facts = all.list.map((a) => factsOf(a, all.reportedYear.get(a.id) ?? null))));
  return facts;
}

/** Whether the agreement at each position of `all.list` passes the filters and the "as of" year. */
export function passing(all: AgreementIndex, f: AgreementFilters, asOf: number | null): (i: number) => boolean {
  const facts = factsOfIndex(all);
  const w = wanted(f, asOf);
  return (i) => meets(facts[i]!, w);
}

/**
 * The undated agreements that the year range counts by their first report, or would if asked: they
 * pass every other filter and were first reported within the range. Zero without a year range.
 */
export function undatedByReportIn(all: AgreementIndex, f: AgreementFilters, asOf: number | null): number {
  if (!f.years) return 0;
  const facts = factsOfIndex(all);
  const w = wanted({ ...f, undatedByReport: true }, asOf);
  let n = 0;
  for (const x of facts) if (x.year === null && meets(x, w)) n++;
  return n;
}
