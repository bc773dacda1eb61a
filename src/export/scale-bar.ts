/** Metres per CSS pixel at a latitude and zoom (512-pixel tiles, as MapLibre draws them). */
export const metresPerPixel = (lat: number, zoom: number): number => (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);

/**
 * The longest round distance (1, 2 or 5 × a power of ten) whose bar fits in `maxPx` pixels, as a
 * north-up map's scale bar shows it.
 */
export function scaleBar(mPerPx: number, maxPx: number): { metres: number; px: number; label: string } {
  const max = mPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= max) ?? pow;
  return { metres, px: metres / mPerPx, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}
