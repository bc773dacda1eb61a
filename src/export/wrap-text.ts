/**
 * A line of text broken to fit `width` as measured by `measure` (a canvas's `measureText`):
 * between any two Chinese characters, and elsewhere only after a space, so that English words and
 * numbers stay whole in mixed text (天府新区 at Shuangliu District; 至少有 61 项). A canvas squeezes
 * an over-long `fillText` instead of wrapping it, which made a long note unreadable on a narrow map.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const pieces = text.match(/[\u3000-\u9fff\uff00-\uffef]\s*|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/gu) ?? [];
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
