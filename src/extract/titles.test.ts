import { describe, expect, it } from 'vitest';
import { extractorFor } from './test-gazetteer';

const run = extractorFor('fixture.txt', '2021-05-03');

describe('English titles', () => {
  it('keep a new area’s whole English name (…Science City), and drop only a prefecture’s “City”', () => {
    const [a] = run('西部（重庆）科学城与西部（成都）科学城签署合作协议，共建创新平台。');
    expect(a!.title_en).toMatch(/^Western \(Chongqing\) Science City–Western \(Chengdu\) Science City: /u);
    const [b] = run('4月17日，大足区与成都市签署文旅合作协议。');
    expect(b!.title_en).toMatch(/^Dazu–Chengdu: /u);
  });
});
