import { describe, expect, it } from 'vitest';
import { dropped, variants } from './corpus-restore';

const mended = (copy: string, page: string) => [...variants(copy, page.length)].find(([text]) => text === page)?.[1];

describe('mending a copied excerpt', () => {
  it('finds the page when one or two simplified characters it keeps were copied as traditional ones', () => {
    expect(mended('巴蜀文化旅遊走廊', '巴蜀文化旅游走廊')).toMatch(/遊→游/u);
    expect(mended('合作並簽署協議後', '合作并簽署協議后')).toMatch(/並→并.*後→后/u);
  });

  it('finds it when a kind of space or a pinyin gloss was lost', () => {
    expect(mended('會議 現場', '會議\u00a0現場')).toMatch(/spaces/u);
    expect(mended('協(xié)議(yì)簽署', '協(xié)議簽署')).toMatch(/gloss \(yì\)/u);
  });

  it('does not invent a text of another length by swapping characters', () => {
    expect(mended('旅遊', '旅游走廊')).toBeUndefined();
    expect(mended('合作簽署協議', '合作並簽署協議')).toBeUndefined();
  });

  it('drops one or two characters too many only where the matching quotes leave room for the slip', () => {
    const page = '第一句。\n\n第二句。';
    const copy = '第一句。\n\n\n\n第二句。';
    const found = (from: number, to: number) => [...dropped(copy, page.length, from, to)].some(([t]) => t === page);
    expect(found(4, 8)).toBe(true);
    expect(found(0, 3)).toBe(false);
    expect([...dropped(copy, copy.length - 3, 0, copy.length)]).toEqual([]);
  });
});
