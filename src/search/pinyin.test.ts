import { describe, expect, it } from 'vitest';
import { initials, syllables } from './pinyin';

describe('pinyin syllables', () => {
  it('splits place names into syllables', () => {
    expect(syllables('dazu')).toEqual(['da', 'zu']);
    expect(syllables('chengdu')).toEqual(['cheng', 'du']);
    expect(syllables('shapingba')).toEqual(['sha', 'ping', 'ba']);
    expect(syllables('xian')).toEqual(['xian']);
    expect(syllables('nanan')).toEqual(['nan', 'an']);
    expect(syllables('zhangjiajie')).toEqual(['zhang', 'jia', 'jie']);
  });

  it('backtracks when the longest syllable leaves an impossible rest', () => {
    expect(syllables('yongchuan')).toEqual(['yong', 'chuan']);
    expect(syllables('xinganmeng')).toEqual(['xing', 'an', 'meng']);
  });

  it('gives up on what is not pinyin', () => {
    expect(syllables('xyzzy')).toBeNull();
  });

  it('makes initials', () => {
    expect(initials('dazu')).toBe('dz');
    expect(initials("nan'an")).toBe('na');
    expect(initials('chengyu zhongxian')).toBe('cyzx');
  });
});
