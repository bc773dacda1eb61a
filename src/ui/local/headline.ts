/** Longer than this, a first line is a paragraph of body text, not a headline. */
const MAX_HEADLINE = 80;

/**
 * The title an article's text offers: its first line with any text, when that line reads as a
 * headline (not longer than a headline, not a sentence ending in 。). Markdown's # is dropped.
 * Null when there is none: the planner types it.
 */
export function headlineOf(text: string): string | null {
  const first = text
    .replace(/^\uFEFF/u, '')
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000]*#{1,6}[ \t]+/u, '').replace(/[\s\u3000]+/gu, ' ').trim())
    .find((l) => l !== '');
  if (!first || [...first].length > MAX_HEADLINE || /[。.]$/u.test(first)) return null;
  return first;
}
