const CLOSING = /^[，。、；：！？）》」』】〉”’]/u;
const OPENING = /[（《「『【〈“‘]\s*$/u;

/**
 * A line of text broken to fit `width` as measured by `measure` (a canvas's `measureText`):
 * between any two Chinese characters, and elsewhere only after a space, so that English words and
 * numbers stay whole in mixed text (天府新区 at Shuangliu District; 至少有 61 项). A canvas squeezes
 * an over-long `fillText` instead of wrapping it, which made a long note unreadable on a narrow map.
 * As Chinese typesetting has it, a closing mark (，。、）》”) never starts a line and an opening mark
 * (（《“) never ends one: each stays with the character it belongs to.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const pieces: string[] = [];
  for (const piece of text.match(/[\u3000-\u9fff\uff00-\uffef]\s*|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/gu) ?? []) {
    if (pieces.length && (CLOSING.test(piece) || OPENING.test(pieces.at(-1)!))) pieces[pieces.length - 1] += piece;
    else pieces.push(piece);
  }
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && measure((line + piece).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
