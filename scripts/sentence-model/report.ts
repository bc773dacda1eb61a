/** A training script's report: each line printed as it comes and kept for the CV report file it writes. */
export function reportLines() {
  const lines: string[] = [];
  const say = (s = '') => {
    lines.push(s);
    console.log(s);
  };
  return { lines, say };
}

/** A figure as the reports print it. */
export const f3 = (x: number) => x.toFixed(3);
