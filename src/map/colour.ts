/**
 * A colour laid over another at an opacity, as WebGL's blending does it (on the sRGB values):
 * lets one fill layer show what two stacked fills used to, so that a colour change is a
 * feature-state change of one layer and not a second layer switched on and off.
 */
export function over(top: string, base: string, alpha: number): string {
  const [a, b] = [rgb(top), rgb(base)];
  const hex = a.map((v, i) => Math.round(v * alpha + b[i]! * (1 - alpha)).toString(16).padStart(2, '0'));
  return `#${hex.join('')}`;
}

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}
