/**
 * Paragraphs and sentences of an article, as spans of the original text. Sentences end at 。！？
 * (and their closing quotes or brackets) or at a blank line; a single line break is a printing
 * artefact, not an end.
 */
export interface Span {
  start: number;
  end: number;
}

const END = new Set(['。', '！', '？', '!', '?', '；', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】']);

export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\r?\n[ \t\u3000\r]*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length });
  return trimAll(text, spans);
}

/**
 * Paragraphs joined where the print broke a sentence across a blank line: a paragraph that ends
 * with no closing punctuation and reads as body text (it has clause punctuation or runs over a
 * line) continues in the next, unless that one opens a new item (本报讯, □, #, 【, （上接…）).
 */
export function blocks(text: string): Span[] {
  const ps = paragraphs(text);
  const out: Span[] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const prev = out[out.length - 1];
    // Judge the paragraph just before, not the whole block it already joined.
    if (prev && continues(text, ps[i - 1]!, p)) prev.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

const BODY = /[，、：,:；（(]/u;
const NEW_ITEM = /^[\s\u3000]*(本报讯|□|#|【|（上接|\(上接|——)/u;

function continues(text: string, prev: Span, next: Span): boolean {
  const before = text.slice(prev.start, prev.end);
  const last = before.replace(/\s+$/u, '').slice(-1);
  if (END.has(last) || (CLOSERS.has(last) && END.has(before.replace(/\s+$/u, '').slice(-2, -1)))) return false;
  if (NEW_ITEM.test(text.slice(next.start, next.end))) return false;
  if (/^[\s\u3000]*[#【□]/u.test(before)) return false;
  return BODY.test(before) || before.includes('\n');
}

// A line of a web page's header that a headline runs into (来源：…, 2021-03-12, 记者…): a new sentence.
const META_LINE = /^[ \t\u3000]*(来源|來源|发布|發布|时间|時間|日期|作者|记者|記者|编辑|編輯|责任编辑|通讯员|本报讯|□|【|\d{4}[-年/.]\d{1,2})/u;

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const p of blocks(text)) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      // A headline (no clause mark in it yet) ends at its line when the next line is its byline or date.
      if (text[i] === '\n' && i > start && META_LINE.test(text.slice(i + 1, i + 24)) && !/[，,；;。：:]/u.test(text.slice(start, i))) {
        out.push({ start, end: i });
        start = i + 1;
        continue;
      }
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
