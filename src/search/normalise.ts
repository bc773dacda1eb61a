/** Folds case, tones, ü, spaces, apostrophes and hyphens, so "Nán'àn", "nan an" and "NANAN" meet. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’\-·]/g, '');
}
