import type { PlaceMention } from './places';

/** The index of the first edge `n` does not exceed (edges.length past the last): a feature's coarse value. */
export const bucket = (n: number, edges: readonly number[]): number => {
  let i = 0;
  while (i < edges.length && n > edges[i]!) i++;
  return i;
};

/** The sentence with each place masked, one ◇ a character, to read a mention's or an item's neighbours without naming places. */
export function maskPlaces(text: string, mentions: readonly PlaceMention[]): string {
  const out = text.split('');
  for (const m of mentions) if (m.at >= 0) out.fill('◇', m.at, Math.min(m.end, out.length));
  return out.join('');
}
