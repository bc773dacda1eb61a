/** Average precision of scores against truth (ties broken by order: deterministic). */
export function averagePrecision(scored: readonly { score: number; truth: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const total = sorted.filter((x) => x.truth).length;
  let hits = 0;
  let sum = 0;
  sorted.forEach((x, i) => {
    if (!x.truth) return;
    hits++;
    sum += hits / (i + 1);
  });
  return total ? sum / total : 0;
}
