import { htmlToText, looksLikeHtml } from '../../extract/input';

/** Longer than this, a first line is a paragraph of body text, not a headline. */
const MAX_HEADLINE = 80;

/** How much of a pasted web page is read for its title: the <title> and <h1> come early, and a page is read at every keystroke. */
const HTML_HEAD = 200_000;

/**
 * The text a pasted article offers its title and date from: a web page's text as a chosen file's
 * is read (markup and scripts dropped, so the page's <title>, or its <h1>, comes first).
 */
export const offeredText = (text: string): string => (looksLikeHtml(text) ? htmlToText(text.slice(0, HTML_HEAD)) : text);

/**
 * The title an article's text offers: its first line with any text, when that line reads as a
 * headline (not longer than a headline, not a sentence ending in 。). Markdown's # is dropped; a
 * web page is read as text first. Null when there is none: the planner types it.
 */
export function headlineOf(text: string): string | null {
  const first = offeredText(text)
    .replace(/^\uFEFF/u, '')
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000]*#{1,6}[ \t]+/u, '').replace(/[\s\u3000]+/gu, ' ').trim())
    .find((l) => l !== '');
  if (!first || [...first].length > MAX_HEADLINE || /[。.]$/u.test(first)) return null;
  return first;
}
