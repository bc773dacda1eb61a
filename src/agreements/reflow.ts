/**
 * Reading an article as paragraphs, not as the newspaper's columns: a line break inside a paragraph
 * (the line does not end a sentence, and the next line goes on with it) is not shown, while blank
 * lines, headings and a line that ends a sentence keep their breaks. The text itself is never
 * changed: what is shown is cut into pieces of the original, so every offset (highlights, `r=`
 * links, a selection in the review) still indexes the original file.
 */

/** A part of the original text to show: `text` is its slice, or a single space standing for a break between two Latin words. */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

export interface Gap {
  start: number;
  end: number;
  /** Two Latin words meet: the break is shown as one space (standing for the break's first character). */
  space: boolean;
}

const SENTENCE_END = /[。！？!?；;…:：]$/u;
const CLOSERS = /[”’」』）)】"'》]+$/u;
/** A line shorter than this share of the article's column width is a heading, a byline or a caption, never joined to the next. */
const HEADING_SHARE = 0.6;
const SPACE = /[ \t\u3000\r]/u;
const LATIN = /[A-Za-z0-9,]/u;

const endsSentence = (line: string) => SENTENCE_END.test(line.replace(CLOSERS, '')) || /[。！？!?]$/u.test(line);

/** The width of the article's columns, in characters: the median length of lines that run on into the next line. */
function columnWidth(lines: readonly string[]): number {
  const widths = lines
    .filter((l, i) => l.trim() !== '' && (lines[i + 1] ?? '').trim() !== '' && !endsSentence(l.trim()))
    .map((l) => [...l.trim()].length)
    .sort((a, b) => a - b);
  // A few such lines are bylines or a list, not columns: nothing to reflow.
  return widths.length >= MIN_RUN_ON ? widths[Math.floor(widths.length / 2)]! : Infinity;
}

/** How many lines must run on into the next before the text is taken as set in columns. */
const MIN_RUN_ON = 8;
/** Names or parts set apart by spaces (a byline, a headline's two parts): not body text. */
const SPACED = /\p{Script=Han}[ \u3000]+\p{Script=Han}/u;

/** Clause punctuation: a line with it is body text, not a heading. */
const CLAUSE = /[，、；：,;:（(]/u;
/** A line that opens a new item, however the line before it ends. */
const NEW_ITEM = /^[\s\u3000]*(本报讯|□|#|【|（上接|\(上接|——)/u;

/**
 * The line breaks not shown, each with the spaces around it, as a span of the original text: a
 * single break after a line that does not end a sentence and is not short (a heading, a byline);
 * and, where the print also broke a column across a blank line, a blank line after a line of
 * body text that fills the column (about its width, no sentence end, and clause punctuation or no
 * space: a headline as wide has a space between its parts), unless the next line opens a new item.
 */
export function joinedBreaks(text: string): Gap[] {
  const lines = text.split('\n');
  const width = columnWidth(lines);
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  const gaps: Gap[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    const here = lines[i]!.trim();
    if (here === '' || endsSentence(here)) continue;
    const length = [...here].length;
    let next = i + 1;
    if (lines[next]!.trim() === '') {
      // Across one blank line: only a line of body text as wide as the column.
      next = i + 2;
      const body = length >= width * 0.8 && length <= width * 1.2 && (CLAUSE.test(here) || !SPACED.test(here));
      if (!body || next >= lines.length || lines[next]!.trim() === '' || NEW_ITEM.test(lines[next]!)) continue;
    } else if (length < width * HEADING_SHARE || (SPACED.test(here) && !CLAUSE.test(here))) continue;
    let start = starts[i]! + lines[i]!.length;
    while (start > 0 && SPACE.test(text[start - 1]!)) start--;
    let end = starts[next]!;
    while (end < text.length && SPACE.test(text[end]!)) end++;
    const space = LATIN.test(text[start - 1] ?? '') && LATIN.test(text[end] ?? '');
    gaps.push({ start, end, space });
  }
  return gaps;
}

/** The pieces to show for [start, end) of the text, leaving out the joined breaks (or showing one space for them). */
export function pieces(text: string, start: number, end: number, gaps: readonly Gap[]): Piece[] {
  const out: Piece[] = [];
  let at = start;
  for (const g of gaps) {
    if (g.end <= start || g.start >= end) continue;
    const from = Math.max(g.start, start);
    if (from > at) out.push({ start: at, end: from, text: text.slice(at, from) });
    if (g.space && g.start >= start) out.push({ start: g.start, end: g.start + 1, text: ' ' });
    at = Math.min(g.end, end);
  }
  if (end > at) out.push({ start: at, end, text: text.slice(at, end) });
  return out;
}
