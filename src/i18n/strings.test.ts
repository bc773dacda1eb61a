import { describe, expect, it } from 'vitest';
import { en, zh } from './strings';

describe('strings', () => {
  it('has every key in both languages, with text in each', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const k of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(typeof en[k]).toBe(typeof zh[k]);
      if (typeof zh[k] === 'string') expect((en[k] as string).length, k).toBeGreaterThan(0);
    }
  });

  it('writes the Chinese table in Chinese and the English one without Han characters', () => {
    expect(zh.appTitle).toMatch(/\p{Script=Han}/u);
    for (const [k, v] of Object.entries(en)) if (typeof v === 'string' && k !== 'switchLang') expect(v, k).not.toMatch(/\p{Script=Han}/u);
  });
});
