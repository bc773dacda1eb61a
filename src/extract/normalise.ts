/**
 * Matching text as printed in a newspaper: lines break mid-sentence (and mid-word) and column
 * breaks leave stray spaces between Chinese characters. `normalise` removes that whitespace (and a
 * converter's leftover readings, 地區(qū)), reads traditional characters as simplified ones, and
 * keeps, for each character it keeps, its offset in the original text, so a match in the
 * normalised text maps back to an exact span of the original.
 */
export interface Normalised {
  text: string;
  /** offsets[i] is the UTF-16 offset in the original of normalised character i; one extra entry is the original length. */
  offsets: number[];
}

import { T2S_PAIRS } from './t2s-table';

const HAN = /\p{Script=Han}/u;

/** Each traditional character's simplified form by code unit (0: none): one for one, so offsets hold. */
const T2S = (() => {
  const table = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) table[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
  return table;
})();

/** The text in simplified characters (an article in traditional ones is read with the same names and words). */
export function simplified(text: string): string {
  let i = 0;
  while (i < text.length && T2S[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    codes[k] = T2S[c] || c;
  }
  let out = '';
  for (let k = 0; k < codes.length; k += 8192) out += String.fromCharCode(...codes.subarray(k, k + 8192));
  return out;
}

// A converter's leftover reading after a character, 地區(qū), 協(xié)議: not part of the text.
// A word's reading (近日(jìnrì), 交接(jiāojiē)) is one too: longer, so it must carry a tone mark.
export const READING = /(?<=\p{Script=Han})\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńň]{1,6}|(?=[a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńň]{7,14}) ?\)/gu;
const isHanOrFullwidth = (ch: string | undefined) => ch !== undefined && ch !== '' && (HAN.test(ch) || /[\u3000-\u303f\uff00-\uffef]/.test(ch));
// Whitespace as JavaScript's \s sees it, by code unit (a regex test per character is the cost here).
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

// ASCII punctuation as a web page types it (会上,双方签署: 分别是:A、B) read as the full-width marks
// a newspaper prints, one for one, so every later rule sees one form. A comma or colon between two
// digits (1,000; 7:40) is a number's or a time's, and stays.
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
const HALF_PUNCT = /[,;:!?()]/u;
const HALF_PUNCT_ALL = /[,;:!?()]/gu;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** The text with ASCII , ; : ! ? ( ) as their full-width forms (same length, same offsets). */
export function fullWidthPunctuation(text: string): string {
  if (!HALF_PUNCT.test(text)) return text;
  // The regex visits only the marks (a lookup per character was the cost on long pages).
  return text.replace(HALF_PUNCT_ALL, (c: string, i: number) => ((c === ',' || c === ':') && isDigit(text[i - 1]) && isDigit(text[i + 1]) ? c : FULL_WIDTH[c]!));
}

export function normalise(original: string): Normalised {
  const parts: string[] = [];
  const offsets: number[] = [];
  let last = '';
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) {
      parts.push(original.slice(runStart, end));
      for (let k = runStart; k < end; k++) offsets.push(k);
      last = original[end - 1]!;
    }
  };
  let i = 0;
  while (i < original.length) {
    if (!isSpace(original.charCodeAt(i))) {
      i++;
      continue;
    }
    flush(i);
    let j = i;
    while (j < original.length && isSpace(original.charCodeAt(j))) j++;
    // Whitespace between two Chinese characters (or punctuation) is a printing artefact; between
    // Latin words it is a real space, kept as one.
    const after = original[j];
    const beforeCh = last.length === 1 && last.charCodeAt(0) >= 0xdc00 && last.charCodeAt(0) <= 0xdfff ? original.slice(i - 2, i) : last;
    if (last && after !== undefined && !(isHanOrFullwidth(beforeCh) || isHanOrFullwidth(original.codePointAt(j) !== undefined ? String.fromCodePoint(original.codePointAt(j)!) : after))) {
      parts.push(' ');
      offsets.push(i);
      last = ' ';
    }
    i = j;
    runStart = j;
  }
  flush(original.length);
  offsets.push(original.length);
  const text = simplified(parts.join(''));
  if (text.includes('(') && READING.test(text)) {
    // Drop the readings, and their characters' offsets with them.
    READING.lastIndex = 0;
    let kept = '';
    const keptOffsets: number[] = [];
    let from = 0;
    for (const m of text.matchAll(READING)) {
      kept += text.slice(from, m.index);
      for (let k = from; k < m.index; k++) keptOffsets.push(offsets[k]!);
      from = m.index + m[0].length;
    }
    kept += text.slice(from);
    for (let k = from; k < offsets.length; k++) keptOffsets.push(offsets[k]!);
    return { text: variants(fullWidthPunctuation(kept)), offsets: keptOffsets };
  }
  return { text: variants(fullWidthPunctuation(text)), offsets };
}

/** What stands in the segmenter's view for each character of a converter's reading (a private-use character). */
export const FILLER = '\uE000';

/**
 * The text as the segmenter reads it, of the same length: simplified characters, and each converter's
 * reading (會(huì )議) filled with FILLER, so a reading's brackets are no clause mark and every offset
 * stays the original's. `unfilled` of a piece of it is its words (發(fā)布時(shí)間 → 发布时间).
 */
export function segmentView(text: string): string {
  const s = simplified(text);
  return s.includes('(') ? s.replace(READING, (m) => FILLER.repeat(m.length)) : s;
}

export const unfilled = (view: string): string => (view.includes(FILLER) ? view.replaceAll(FILLER, '') : view);

/** Variant spellings of the act's words read as the usual one, one character for one (签定 → 签订). */
const variants = (text: string) => (text.includes('签定') ? text.replaceAll('签定', '签订') : text);

/** The original span of normalised characters [start, end). */
export function originalSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
  return { start: n.offsets[start]!, end: end > 0 ? n.offsets[end - 1]! + 1 : n.offsets[0]! };
}
