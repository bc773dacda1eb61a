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
const isHanOrFullwidth = (ch: string | undefined) => ch !== undefined && (HAN.test(ch) || /[\u3000-\u303f\uff00-\uffef]/.test(ch));

export function normalise(original: string): Normalised {
  let text = '';
  const offsets: number[] = [];
  const chars = [...original];
  let pos = 0;
  const positions = chars.map((c) => {
    const at = pos;
    pos += c.length;
    return at;
  });
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/\s/.test(ch)) {
      // Whitespace between two Chinese characters (or punctuation) is a printing artefact; between
      // Latin words it is a real space, kept as one.
      let j = i;
      while (j < chars.length && /\s/.test(chars[j]!)) j++;
      const before = text.slice(-1);
      const after = chars[j];
      if (!(isHanOrFullwidth(before) || isHanOrFullwidth(after)) && before && after) {
        text += ' ';
        offsets.push(positions[i]!);
      }
      i = j - 1;
      continue;
    }
    text += ch;
    for (let k = 0; k < ch.length; k++) offsets.push(positions[i]! + k);
  }
  offsets.push(original.length);
  return { text, offsets };
}

/** The original span of normalised characters [start, end). */
export function originalSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
  return { start: n.offsets[start]!, end: end > 0 ? n.offsets[end - 1]! + 1 : n.offsets[0]! };
}
