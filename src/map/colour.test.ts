import { describe, expect, it } from 'vitest';
import { over } from './colour';

describe('over', () => {
  it('blends as WebGL does: the top colour at its opacity over the base', () => {
    expect(over('#ff0000', '#0000ff', 1)).toBe('#ff0000');
    expect(over('#ff0000', '#0000ff', 0)).toBe('#0000ff');
    expect(over('#ffffff', '#000000', 0.5)).toBe('#808080');
    expect(over('#8fc1e3', '#f6dfc6', 0.9)).toBe('#99c4e0') // 143·0.9 + 246·0.1 = 153 = 0x99, …;
  });

  it('refuses a colour it cannot read, rather than drawing black', () => {
    expect(() => over('rgba(0,0,0,0)', '#000000', 0.5)).toThrow(/rrggbb/);
  });
});
