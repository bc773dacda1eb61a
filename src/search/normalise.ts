/**
 * Folds case, tones, ü, spaces, apostrophes, hyphens and dashes, so "Nán'àn", "nan an" and "NANAN"
 * meet, and "Chengdu-Chongqing" or "chengdu chongqing" finds the "Chengdu–Chongqing" of a line's name.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’\-·‐-―－]/g, '');
}
