import type { Accuracy } from '../data/transport-schema';

/** `outside`: beyond Sichuan and Chongqing (the line's stretch in a neighbouring province). */
export type ProvinceKey = string | 'outside';

/**
 * One row of "length in each province", and where its figure comes from:
 * `sourced` as a cited source gives it; `measured` along a traced track (OSM); `scaled` the
 * sourced total split by the drawn line's share in each province (so the rows add up to it);
 * `share` only the drawn line's share, as a percentage, when no total is sourced; `unsourced` a
 * province the line reaches whose length no source gives.
 */
export type ProvinceLength =
  | { province: ProvinceKey; basis: 'sourced'; km: number; approx: boolean }
  | { province: ProvinceKey; basis: 'measured' | 'scaled'; km: number }
  | { province: ProvinceKey; basis: 'share'; percent: number }
  | { province: ProvinceKey; basis: 'unsourced' };

/** What the panel shows, and in words why: rows with the basis of their figures, or none and the reason. */
export type ProvinceLengths =
  | { shown: 'sourced' | 'measured' | 'scaled' | 'share'; rows: ProvinceLength[] }
  | { shown: 'none'; reason: 'schematic' };

export interface LengthInput {
  accuracy: Accuracy;
  /** The sourced total, if any. */
  length_km: number | null;
  length_by_province?: Record<string, { km: number; approx?: boolean }>;
}

/** Below this a measured stretch is a border's width, not a section of the line. */
const MIN_KM = 1;

/**
 * Whole numbers that add up to `total` exactly (largest remainder), so that the rows never
 * disagree with the total they are a split of.
 */
export function roundToTotal(values: readonly number[], total: number): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum <= 0) return values.map(() => 0);
  const exact = values.map((v) => (v / sum) * total);
  const floors = exact.map(Math.floor);
  let left = Math.round(total) - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

/**
 * The lengths per province a panel may state, given the line's sourced figures and the length of
 * its drawn geometry in each province. A measure is a fact only along a traced track; a line drawn
 * station to station gives a share of a sourced total; a schematic line (straight between the
 * places it serves) gives nothing, unless a source gives the figure itself.
 */
export function provinceLengths(line: LengthInput, measured: ReadonlyMap<string, number>, kmOutside: number): ProvinceLengths {
  const drawn = new Map<ProvinceKey, number>([...measured].filter(([, km]) => km >= MIN_KM));
  if (kmOutside >= MIN_KM) drawn.set('outside', kmOutside);
  const sourced = line.length_by_province;
  if (sourced && Object.keys(sourced).length > 0) {
    // In the order the line reaches them (a record keeps numeric keys sorted, not as written).
    const order = [...new Set([...drawn.keys(), ...Object.keys(sourced)])];
    const rows = order.map((province): ProvinceLength => {
      const s = sourced[province];
      return s ? { province, basis: 'sourced', km: s.km, approx: s.approx === true } : { province, basis: 'unsourced' };
    });
    return { shown: 'sourced', rows };
  }
  const keys = [...drawn.keys()];
  const kms = [...drawn.values()];
  if (keys.length === 0) return line.accuracy === 'schematic' ? { shown: 'none', reason: 'schematic' } : { shown: 'measured', rows: [] };
  switch (line.accuracy) {
    case 'traced':
    case 'approximate': {
      if (line.length_km !== null) {
        const split = roundToTotal(kms, line.length_km);
        return { shown: 'scaled', rows: keys.map((province, i) => ({ province, basis: 'scaled', km: split[i]! })) };
      }
      if (line.accuracy === 'traced') return { shown: 'measured', rows: keys.map((province, i) => ({ province, basis: 'measured', km: Math.round(kms[i]!) })) };
      const percent = roundToTotal(kms, 100);
      return { shown: 'share', rows: keys.map((province, i) => ({ province, basis: 'share', percent: percent[i]! })) };
    }
    case 'schematic':
      return { shown: 'none', reason: 'schematic' };
    default: {
      const never: never = line.accuracy;
      return never;
    }
  }
}
