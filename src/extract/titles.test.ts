import { describe, expect, it } from 'vitest';
import { extractorFor } from './test-gazetteer';
import { pluralOf } from './titles';

const run = extractorFor('fixture.txt', '2021-05-03');

describe('English titles', () => {
  it('keep a new area’s whole English name (…Science City), and drop only a prefecture’s “City”', () => {
    const [a] = run('西部（重庆）科学城与西部（成都）科学城签署合作协议，共建创新平台。');
    expect(a!.title_en).toMatch(/^Western \(Chongqing\) Science City–Western \(Chengdu\) Science City: /u);
    const [b] = run('4月17日，大足区与成都市签署文旅合作协议。');
    expect(b!.title_en).toMatch(/^Dazu–Chengdu: /u);
  });

  it('name a body the gazetteer does not know by its side and kind, never as one body of both provinces', () => {
    const [a] = run('4月17日，重庆港务物流集团与四川省港投集团签署合作协议，共建物流公司。');
    expect(a!.title_en).toMatch(/^Chongqing and Sichuan groups: /u);
    const [b] = run('4月17日，重庆万运集团与四川港投新通道公司签署合作协议，共建物流公司。');
    expect(b!.title_en).toMatch(/^Chongqing group–Sichuan company: /u);
    // A body of a city is that city's, not its province's.
    const [c] = run('4月17日，重庆北站综管局与成都火车站管委办签署合作协议，共建服务机制。');
    expect(c!.title_en).toMatch(/^Chongqing bureau–Chengdu administration: /u);
  });

  it('put two departments of one kind in the plural, its head word before “of”', () => {
    expect(pluralOf('Investment Promotion Agency')).toBe('Investment Promotion Agencies');
    expect(pluralOf('Federation of Returned Overseas Chinese')).toBe('Federations of Returned Overseas Chinese');
    expect(pluralOf('Finance Department')).toBe('Finance Departments');
    expect(pluralOf('group')).toBe('groups');
  });
});
