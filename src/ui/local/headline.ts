import { htmlToText, looksLikeHtml } from '../../extract/input';

/** Longer than this, a first line is a paragraph of body text, not a headline. */
const MAX_HEADLINE = 80;

/** How much of a web page is read for its title and date: the <title> and <h1> come early, and a pasted page is read at every keystroke. */
const HTML_HEAD = 200_000;

/** The text a pasted article offers its date from: a web page's text as the extractor reads it (markup and scripts dropped). */
export const offeredText = (text: string): string => (looksLikeHtml(text) ? htmlToText(text.slice(0, HTML_HEAD)) : text);

/** A line as a headline reads: Markdown's # dropped, spaces collapsed; null when it is body text or empty. */
function asHeadline(line: string): string | null {
  const l = line.replace(/^[\s\u3000]*#{1,6}[ \t]+/u, '').replace(/[\s\u3000]+/gu, ' ').trim();
  return l && [...l].length <= MAX_HEADLINE && !/[。.]$/u.test(l) ? l : null;
}

const elementText = (html: string, tag: 'title' | 'h1'): string | null => {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'iu').exec(html);
  return m ? asHeadline(htmlToText(m[1]!)) : null;
};

/**
 * A web page's headline: its <h1> when the <title> opens with it (the title often adds the site:
 * "…_重庆日报"), else the <title> without a site name after a separator, else the <h1>.
 */
export function pageHeadline(html: string): string | null {
  const head = html.slice(0, HTML_HEAD);
  const title = elementText(head, 'title');
  const h1 = elementText(head, 'h1');
  if (title && h1 && title.startsWith(h1)) return h1;
  if (title) {
    const cut = /^(.{6,}?)\s*[_|｜–—-]+\s*[^_|｜–—-]{1,20}$/u.exec(title);
    return cut ? cut[1]! : title;
  }
  return h1;
}

/**
 * The title an article's text offers: a web page's headline (pasted or chosen as a file alike),
 * or the first line with any text, when that line reads as a headline (not longer than a
 * headline, not a sentence ending in 。). Null when there is none: the planner types it.
 */
export function headlineOf(text: string): string | null {
  if (looksLikeHtml(text)) {
    const fromPage = pageHeadline(text);
    if (fromPage) return fromPage;
  }
  const first = offeredText(text.replace(/^\uFEFF/u, ''))
    .split('\n')
    .find((l) => l.replace(/[\s\u3000]+/gu, '') !== '');
  return first === undefined ? null : asHeadline(first);
}
