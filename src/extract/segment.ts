/**
 * Paragraphs and sentences of an article, as spans of the original text. Sentences end at 。！？
 * (and their closing quotes or brackets) or at a blank line; a single line break is a printing
 * artefact, not an end.
 */
export interface Span {
  start: number;
  end: number;
}

const END = new Set(['。', '！', '？', '!', '?', '；']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】']);

export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\n[ \t\u3000]*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length });
  return trimAll(text, spans);
}

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs(text)) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      if (!END.has(text[i]!)) continue;
      let end = i + 1;
      while (end < p.end && CLOSERS.has(text[end]!)) end++;
      out.push({ start, end });
      start = end;
      i = end - 1;
    }
    if (start < p.end) out.push({ start, end: p.end });
  }
  return trimAll(text, out);
}

function trimAll(text: string, spans: Span[]): Span[] {
  return spans
    .map(({ start, end }) => {
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return { start, end };
    })
    .filter((s) => s.end > s.start);
}
