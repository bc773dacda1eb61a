import { describe, expect, it } from 'vitest';
import { agreementsFile, type Agreement } from '../data/agreement-schema';
import { mergeReports } from './merge';

const report = (article: string, title: string, date: string | null, codes = ['500112', '510116'], confidence = 0.8): Agreement => ({
  id: `${article.replace('.txt', '')}-x`,
  article,
  span: { start: 0, end: 4 },
  quote: '签署协议',
  title_zh: title,
  title_en: 't',
  kind: 'agreement',
  date,
  parties: codes.map((code) => ({ name: code, code, level: 'county' as const })),
  domains: [],
  confidence,
  reasons: date ? ['future'] : ['future', 'no-date'],
});

describe('mergeReports', () => {
  it('makes one agreement of the same one reported by several articles, earliest date kept, every report a source', () => {
    const out = mergeReports([report('b.txt', '两江、天府：《共建内陆开放门户战略合作协议》', '2020-04'), report('a.txt', '两江、天府：《共建内陆开放门户战略合作协议》', '2020-04-23', undefined, 0.9)]);
    expect(out).toHaveLength(1);
    expect(out[0]!.article).toBe('a.txt');
    expect(out[0]!.date).toBe('2020-04-23');
    expect(out[0]!.sources!.map((s) => s.article)).toEqual(['a.txt', 'b.txt']);
    expect(out[0]!.confidence).toBe(0.9);
    expect(() => agreementsFile.parse({ agreements: out })).not.toThrow();
  });

  it('keeps apart reports of different places, of a generic kind of document, of other meetings or other counts', () => {
    expect(mergeReports([report('a.txt', '两江、天府：《战略合作协议》', null), report('b.txt', '两江、天府：《战略合作协议》', null, ['500112', '510000'])])).toHaveLength(2);
    expect(mergeReports([report('a.txt', '两江、天府合作协议（产业）', null), report('b.txt', '两江、天府合作协议（产业）', null)])).toHaveLength(2);
    expect(mergeReports([report('a.txt', '两江、天府：第一次联席会议', null), report('b.txt', '两江、天府：第二次联席会议', null)])).toHaveLength(2);
    expect(mergeReports([report('a.txt', '两江、天府：两次联席会议', null), report('b.txt', '两江、天府：第一次联席会议', null)])).toHaveLength(2);
    expect(mergeReports([report('a.txt', '两江、天府：《共建内陆开放门户战略合作协议》', '2020-04-23'), report('b.txt', '两江、天府：《共建内陆开放门户战略合作协议》', '2021-06-01')])).toHaveLength(2);
  });

  it('never merges two agreements of one article', () => {
    expect(mergeReports([report('a.txt', '两江、天府：《共建内陆开放门户战略合作协议》', null), report('a.txt', '两江、天府：《共建内陆开放门户战略合作协议》', null)])).toHaveLength(2);
  });
});
