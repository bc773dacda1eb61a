import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../agreements/fixture';
import { searchAgreements } from './agreement-search';

const pinyin = new Map([['500111', 'dazu'], ['500153', 'rongchang'], ['510521', 'luxian']]);
const find = (q: string) => searchAgreements(FIXTURE, q, (c) => pinyin.get(c)).map((a) => a.id);

describe('agreement search', () => {
  it('finds agreements by Chinese title, English title, party, pinyin and quote', () => {
    const tourism = FIXTURE.find((a) => a.id === 'dazu-meishan-tourism')!;
    expect(find(tourism.title_zh.slice(0, 4))).toContain('dazu-meishan-tourism');
    expect(find(tourism.title_en.split(' ').slice(0, 2).join(' ').toUpperCase())).toContain('dazu-meishan-tourism');
    expect(find('荣昌')).toEqual(['laixi-river-coordination']);
    expect(find('Rong Chang')).toEqual(['laixi-river-coordination']);
    expect(find('濑溪河')).toContain('laixi-river-coordination');
    const q = tourism.quote.replace(/\s+/g, '').slice(3, 12);
    expect(find(q)).toContain('dazu-meishan-tourism');
  });

  it('finds nothing for an empty or unrelated query', () => {
    expect(find('  ')).toEqual([]);
    expect(find('zzzz')).toEqual([]);
  });
});
