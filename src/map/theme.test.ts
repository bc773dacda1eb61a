import { describe, expect, it } from 'vitest';
import { MODES } from '../data/transport-schema';
import { THEME } from './theme';

/**
 * Colour-vision-deficiency simulation (Machado, Oliveira and Fernandes 2009, severity 1, applied
 * in linear RGB) and CIE 1976 ΔE in Lab: a check that the legend's colours stay apart for
 * planners with protanopia, deuteranopia or tritanopia, not only for normal vision.
 */
const SIM: Record<string, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function lab(hex: string, m: number[][]): [number, number, number] {
  const rgb = [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));
  const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: string, b: string, m: number[][]) => Math.hypot(...lab(a, m).map((v, i) => v - lab(b, m)[i]!));

function closestPair(modes: readonly string[], m: number[][]) {
  let worst = { d: Infinity, pair: '' };
  for (let i = 0; i < modes.length; i++)
    for (let j = i + 1; j < modes.length; j++) {
      const d = deltaE(THEME.mode[modes[i] as never], THEME.mode[modes[j] as never], m);
      if (d < worst.d) worst = { d, pair: `${modes[i]}/${modes[j]}` };
    }
  return worst;
}

describe('transport colours', () => {
  it('gives every kind its own colour', () => {
    expect(new Set(MODES.map((m) => THEME.mode[m].toLowerCase())).size).toBe(MODES.length);
  });

  it.each(Object.keys(SIM))('keeps every kind apart with %s (ΔE ≥ 13), and the line kinds further (ΔE ≥ 16)', (vision) => {
    const all = closestPair(MODES, SIM[vision]!);
    expect(all.d, all.pair).toBeGreaterThanOrEqual(13);
    const lines = closestPair(['hsr', 'rail', 'expressway', 'waterway', 'corridor'], SIM[vision]!);
    expect(lines.d, lines.pair).toBeGreaterThanOrEqual(16);
  });

  it('draws partly open, under construction and planned lines each in its own pattern, planned as dots', () => {
    const dashes = Object.values(THEME.statusLine).map((s) => JSON.stringify(s.dash));
    expect(new Set(dashes).size).toBe(4);
    expect(THEME.statusLine.open.dash).toBeNull();
    expect(THEME.statusLine.planned.dash![0]).toBe(0);
  });
});
