/**
 * Splits toneless pinyin into syllables ("dazu" → da zu, "xian" → xi an only when "xian" cannot
 * stand), so planners can search by initials ("dz" for 大足, "cyzx" for 成渝中线).
 */
const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];
const FINALS = [
  'a', 'o', 'e', 'i', 'u', 'v', 'ai', 'ei', 'ui', 'ao', 'ou', 'iu', 'ie', 've', 'ue', 'er', 'an', 'en', 'in', 'un', 'vn',
  'ang', 'eng', 'ing', 'ong', 'ia', 'iao', 'ian', 'iang', 'iong', 'ua', 'uo', 'uai', 'uan', 'uang',
];
// Every initial+final pair a place name could use; a superset of real syllables is harmless here.
const SYLLABLES = new Set(INITIALS.flatMap((i) => FINALS.map((f) => i + f)).filter((s) => s.length > 0));
const LONGEST = 6;

/** Syllables of a toneless pinyin word, or null when it cannot be split. Prefers longer syllables. */
export function syllables(word: string): string[] | null {
  const w = word.toLowerCase().replace(/[^a-zü]/g, '').replace(/ü/g, 'v');
  const memo = new Map<number, string[] | null>();
  const from = (i: number): string[] | null => {
    if (i === w.length) return [];
    if (memo.has(i)) return memo.get(i)!;
    let found: string[] | null = null;
    for (let len = Math.min(LONGEST, w.length - i); len >= 1 && !found; len--) {
      const s = w.slice(i, i + len);
      if (!SYLLABLES.has(s)) continue;
      const rest = from(i + len);
      if (rest) found = [s, ...rest];
    }
    memo.set(i, found);
    return found;
  };
  return from(0);
}

/**
 * Whether a folded query may be initials ("dz" for 大足, "cyzx" for 成渝中线): a short run of letters,
 * at most `longest` (a place's name is short; a project's longer).
 */
export const maybeInitials = (q: string, longest = 6): boolean => q.length >= 2 && q.length <= longest && /^[a-z]+$/.test(q);

/** "Dàzú" → "dz"; zh/ch/sh count as z/c/s, as people type them. */
export function initials(tonelessWords: string): string {
  return tonelessWords
    .split(/[\s'’-]+/)
    .flatMap((w) => syllables(w) ?? [])
    .map((s) => s[0])
    .join('');
}
