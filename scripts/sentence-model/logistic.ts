/**
 * L2-regularised logistic regression over binary features, by AdaGrad in a fixed order: the same
 * examples and settings give the same weights, bit for bit (no clock, no Math.random).
 */

export interface Example {
  features: readonly string[];
  positive: boolean;
}

export interface TrainSettings {
  /** A feature is kept when at least this many training sentences have it. */
  minCount: number;
  /** L2 penalty per feature, per example seen. */
  l2: number;
  epochs: number;
  /** How much more a positive sentence counts than a negative one. */
  positiveWeight: number;
  /** Keep only this many features, the largest weights (after a first fit); the model is refitted on them. */
  keep: number;
}

/** A small deterministic generator (mulberry32) for the order examples are seen in. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fit(rows: Int32Array[], ys: boolean[], dims: number, s: TrainSettings): { bias: number; w: Float64Array } {
  const w = new Float64Array(dims);
  const g2 = new Float64Array(dims).fill(1e-8);
  let bias = 0;
  let gb = 1e-8;
  const eta = 0.3;
  const order = rows.map((_, i) => i);
  const next = random(20);
  for (let e = 0; e < s.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const row = rows[i]!;
      let z = bias;
      for (const f of row) z += w[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const weight = ys[i] ? s.positiveWeight : 1;
      const err = (p - (ys[i] ? 1 : 0)) * weight;
      gb += err * err;
      bias -= (eta * err) / Math.sqrt(gb);
      for (const f of row) {
        const grad = err + s.l2 * w[f]!;
        g2[f]! += grad * grad;
        w[f]! -= (eta * grad) / Math.sqrt(g2[f]!);
      }
    }
  }
  return { bias, w };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The model's weights (rounded to 0.001, features of weight 0 left out) from labelled sentences. */
export function train(examples: readonly Example[], s: TrainSettings): { bias: number; weights: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  let vocab = [...counts].filter(([, n]) => n >= s.minCount).map(([f]) => f).sort();
  const ys = examples.map((e) => e.positive);
  const rowsOf = (index: Map<string, number>) => examples.map((ex) => Int32Array.from(ex.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  let index = new Map(vocab.map((f, i) => [f, i]));
  let { bias, w } = fit(rowsOf(index), ys, vocab.length, s);
  if (vocab.length > s.keep) {
    const kept = vocab.map((f, i) => [f, Math.abs(w[i]!)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, s.keep).map(([f]) => f).sort();
    vocab = kept;
    index = new Map(vocab.map((f, i) => [f, i]));
    ({ bias, w } = fit(rowsOf(index), ys, vocab.length, s));
  }
  const weights = new Map<string, number>();
  vocab.forEach((f, i) => {
    const x = round(w[i]!);
    if (x !== 0) weights.set(f, x);
  });
  return { bias: round(bias), weights };
}
