import { describe, expect, it } from 'vitest';
import { englishName, joinSyllables, pinyinOf, shortName, splitName, stripTones } from './names';

// A tiny stand-in for pinyin-pro, so the rules are tested apart from the dictionary.
const dict: Record<string, string> = { 大: 'dà', 足: 'zú', 秀: 'xiù', 山: 'shān', 南: 'nán', 岸: 'àn', 泸: 'lú', 阿: 'ā', 坝: 'bà' };
const syllabify = (t: string) => [...t].map((c) => dict[c] ?? '?');

describe('names', () => {
  it('splits type and ethnic qualifiers off the proper name', () => {
    expect(splitName('秀山土家族苗族自治县')).toEqual({ stem: '秀山', ethnic: ['Tujia', 'Miao'], type: 'Autonomous County' });
    expect(splitName('阿坝藏族羌族自治州')).toEqual({ stem: '阿坝', ethnic: ['Tibetan', 'Qiang'], type: 'Autonomous Prefecture' });
    expect(splitName('大足区').stem).toBe('大足');
  });

  it('keeps the suffix on one-character names', () => {
    expect(shortName('大足区')).toBe('大足');
    expect(shortName('泸县')).toBe('泸县');
    expect(shortName('东区')).toBe('东区');
    expect(shortName('石柱土家族自治县')).toBe('石柱');
  });

  it('puts an apostrophe before a syllable that starts with a vowel', () => {
    expect(joinSyllables(['nán', 'àn'])).toBe("Nán'àn");
    expect(joinSyllables(['bā', 'nán'])).toBe('Bānán');
  });

  it('makes pinyin and English names', () => {
    expect(pinyinOf('大足区', syllabify)).toBe('Dàzú');
    expect(englishName('大足区', syllabify)).toBe('Dazu District');
    expect(englishName('南岸区', syllabify)).toBe("Nan'an District");
    expect(englishName('秀山土家族苗族自治县', syllabify)).toBe('Xiushan Tujia and Miao Autonomous County');
    expect(englishName('泸县', syllabify)).toBe('Lu County');
  });

  it('strips tones including ü', () => {
    expect(stripTones('Lǜ Zìzhì')).toBe('Lu Zizhi');
  });
});
