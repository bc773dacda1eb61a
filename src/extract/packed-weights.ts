/**
 * Weights as the generators pack them: one `feature<TAB>weight` per line, sorted (a feature never
 * holds whitespace). The sentence model (sentence-weights.ts) and the party model (party-weights.ts)
 * share the format.
 */
export function unpackWeights(packed: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const line of packed.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) weights.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return weights;
}

export function packWeights(weights: ReadonlyMap<string, number>): string {
  return [...weights]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([f, w]) => `${f}\t${w}`)
    .join('\n');
}
