import { describe, expect, it } from 'vitest';
import { en, STRING_PARTS, zh } from './strings';

describe('strings', () => {
  it('has every key in both languages, with text in each', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const k of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(typeof en[k]).toBe(typeof zh[k]);
      if (typeof zh[k] === 'string') expect((en[k] as string).length, k).toBeGreaterThan(0);
    }
  });

  it('gives each key to one feature file only (a later part would silently override an earlier one)', () => {
    const parts = Object.values(STRING_PARTS);
    expect(parts.reduce((n, p) => n + Object.keys(p.zh).length, 0)).toBe(Object.keys(zh).length);
    expect(parts.reduce((n, p) => n + Object.keys(p.en).length, 0)).toBe(Object.keys(en).length);
  });

  it('writes the Chinese table in Chinese and the English one without Han characters', () => {
    expect(zh.appTitle).toMatch(/\p{Script=Han}/u);
    for (const [k, v] of Object.entries(en)) if (typeof v === 'string' && k !== 'switchLang') expect(v, k).not.toMatch(/\p{Script=Han}/u);
  });
});
