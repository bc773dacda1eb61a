/**
 * Matching text as printed in a newspaper: lines break mid-sentence (and mid-word) and column
 * breaks leave stray spaces between Chinese characters. `normalise` removes that whitespace and
 * keeps, for each character it keeps, its offset in the original text, so a match in the
 * normalised text maps back to an exact span of the original.
 */
export interface Normalised {
  text: string;
  /** offsets[i] is the UTF-16 offset in the original of normalised character i; one extra entry is the original length. */
  offsets: number[];
}

const HAN = /\p{Script=Han}/u;
const isHanOrFullwidth = (ch: string | undefined) => ch !== undefined && ch !== '' && (HAN.test(ch) || /[\u3000-\u303f\uff00-\uffef]/.test(ch));
// Whitespace as JavaScript's \s sees it, by code unit (a regex test per character is the cost here).
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

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
  return { text: parts.join(''), offsets };
}

/** The original span of normalised characters [start, end). */
export function originalSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
  return { start: n.offsets[start]!, end: end > 0 ? n.offsets[end - 1]! + 1 : n.offsets[0]! };
}
