import { DOMAINS, KINDS } from '../data/agreement-vocab';
import type { AgreementIndex } from '../data/agreements';
import type { AgreementFilters } from '../state/view-types';
import type { Agreement } from '../data/agreement-schema';

/** The year an agreement is dated to; null when the article gives none. */
export const agreementYear = (a: Pick<Agreement, 'date'>): number | null => (a.date ? Number(a.date.slice(0, 4)) : null);

/**
 * What the filters read of each agreement of an index, read once per index and kept in arrays in
 * its list's order. A filter change or a slider step then tests integers rather than walking each
 * agreement's fields, parties and dates again: at a hundred times today's agreements that walk was
 * the largest part of the script either action runs before the map draws.
 */
interface FilterFacts {
  year: (number | null)[];
  /** Its year, or else the year it was first reported (what the time slider goes by). */
  known: (number | null)[];
  domains: number[];
  kind: number[];
  /** Bits: a party in Chongqing (1), in Sichuan (2), elsewhere (4). */
  provinces: number[];
  confidence: number[];
}

const CHONGQING = 1;
const SICHUAN = 2;
const ELSEWHERE = 4;
const PROVINCE_BITS = { '500000': CHONGQING, '510000': SICHUAN, other: ELSEWHERE } as const;
const domainBit = new Map<string, number>(DOMAINS.map((d, i) => [d, 1 << i]));
const kindBit = new Map<string, number>(KINDS.map((k, i) => [k, 1 << i]));
const bits = (values: readonly string[], of: ReadonlyMap<string, number>) => values.reduce((m, v) => m | (of.get(v) ?? 0), 0);

const FACTS = new WeakMap<AgreementIndex, FilterFacts>();

function factsOf(all: AgreementIndex): FilterFacts {
  let facts = FACTS.get(all);
  if (facts) return facts;
  facts = { year: [], known: [], domains: [], kind: [], provinces: [], confidence: [] };
  for (const a of all.list) {
    const year = agreementYear(a);
    facts.year.push(year);
    facts.known.push(year ?? all.reportedYear.get(a.id) ?? null);
    facts.domains.push(bits(a.domains, domainBit));
    facts.kind.push(kindBit.get(a.kind) ?? 0);
    facts.provinces.push(
      a.parties.reduce((m, p) => (p.code === null ? m : m | (p.code.startsWith('50') ? CHONGQING : p.code.startsWith('51') ? SICHUAN : ELSEWHERE)), 0),
    );
    facts.confidence.push(a.confidence);
  }
  FACTS.set(all, facts);
  return facts;
}

/**
 * Whether the agreement at each position of `all.list` passes the filters and the "as of" year:
 * the same test as `passes`, answered from the facts read once per index.
 */
export function passing(all: AgreementIndex, f: AgreementFilters, asOf: number | null): (i: number) => boolean {
  const { year, known, domains, kind, provinces, confidence } = factsOf(all);
  const wantDomains = bits(f.domains, domainBit);
  const wantKinds = bits(f.kinds, kindBit);
  const years = f.years;
  const p = f.partnerProvince;
  const min = f.minConfidence;
  return (i) => {
    if (wantDomains && !(domains[i]! & wantDomains)) return false;
    if (wantKinds && !(kind[i]! & wantKinds)) return false;
    const y = year[i]!;
    if (years && (y === null || y < years[0] || y > years[1])) return false;
    const k = known[i]!;
    if (asOf !== null && k !== null && k > asOf) return false;
    if (p === 'both') {
      if ((provinces[i]! & (CHONGQING | SICHUAN)) !== (CHONGQING | SICHUAN)) return false;
    } else if (p && !(provinces[i]! & PROVINCE_BITS[p])) return false;
    if (min !== null && confidence[i]! < min) return false;
    return true;
  };
}
