/**
 * Whether two names of things agreed (an item of a sentence, a label's title, a rule's object) name
 * the same thing: the training target of the item model and the test of whether a rule's agreement
 * already covers an item the learned reading picks beside it. Pure: no DOM or Node APIs.
 */

const bare = (s: string) => s.replace(/[《》“”"「」‘’]/gu, '').replace(/（[^）]*）|\([^)]*\)/gu, '');

/** The length of the longest run of characters two strings share. */
export function commonRun(a: string, b: string): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j]! > best) best = prev[j]!;
      diag = up;
    }
  }
  return best;
}

/**
 * Whether an item is the thing a title names: its name and the title share a run of six characters,
 * or all of a shorter name (战略合作协议 in 川渝水利领域建设战略合作框架协议 shares 合作框架协议…).
 */
export const itemMatches = (object: string, title: string): boolean => {
  const o = bare(object);
  return o.length > 0 && commonRun(o, bare(title)) >= Math.min(6, o.length);
};
