import { describe, expect, it } from 'vitest';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 13: named lists, item by item (LABELLING.md: "X联盟、Y联盟" is two agreements, "27个联盟" one).
// Sentences written for the test, no article's words.
const run = extractorFor('round13.txt', '2022-06-01');
const kinds = (text: string) => run(text).map((a) => a.kind);

describe('named lists after an attributive act (携手启动的A、B…等N大X联盟)', () => {
  it('reads each named item of a counted group whose count is its names', () => {
    const a = run('7月2日，荣昌区、隆昌市携手启动的夏布、陶瓷、预制菜、文旅等四大产业联盟已聚集200家企业。');
    expect(a.map((x) => x.kind)).toEqual(['alliance', 'alliance', 'alliance', 'alliance']);
    expect(a.every((x) => partyCodes(x).join() === '500153,511083')).toBe(true);
    expect(a.map((x) => x.title_zh).join()).toContain('陶瓷产业联盟');
  });

  it('keeps a counted group whose items are not named as one, and a shorter list than its count as one', () => {
    expect(kinds('7月2日，荣昌区、隆昌市携手启动的四大产业联盟已聚集200家企业。')).toEqual(['alliance']);
    expect(kinds('7月2日，荣昌区、隆昌市携手启动的夏布、陶瓷等四大产业联盟已聚集200家企业。')).toEqual(['alliance']);
  });
});
