import { describe, expect, it } from 'vitest';
import { agreementsFile, type Agreement } from '../data/agreement-schema';
import committed from '../../geodata/agreements.json';
import { joinerOf, mergeReports } from './merge';

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

  it('makes one agreement of reports that name fewer or more of the same signatories, with the wider set and its title', () => {
    const ports = report('003.txt', '果园港、宜宾港、泸州港：长江上游港口联盟', null, ['500105', '511500', '510500']);
    const withArea = { ...report('004.txt', '两江新区、果园港、宜宾港等：长江上游港口联盟', null, ['500112', '500105', '511500', '510500']), id: '004-alliance' };
    const out = mergeReports([ports, withArea]);
    expect(out).toHaveLength(1);
    expect(out[0]!.parties.map((p) => p.code)).toEqual(['500112', '500105', '511500', '510500']);
    expect(out[0]!.title_zh).toBe('两江新区、果园港、宜宾港等：长江上游港口联盟');
    // The earliest report is quoted and keeps its id; the other's id still opens it.
    expect(out[0]!.id).toBe('003-x');
    expect(out[0]!.former_ids).toEqual(['004-alliance']);
    expect(out[0]!.sources!.map((s) => s.article)).toEqual(['003.txt', '004.txt']);
    expect(() => agreementsFile.parse({ agreements: out })).not.toThrow();
  });

  it('does not join a report of one place to a group, nor reports whose places only overlap', () => {
    expect(mergeReports([report('a.txt', '两江、天府：《共建内陆开放门户战略合作协议》', null, ['500112']), report('b.txt', '两江、天府：《共建内陆开放门户战略合作协议》', null, ['500112', '510116'])])).toHaveLength(2);
    expect(mergeReports([report('a.txt', '两江、天府：《共建内陆开放门户战略合作协议》', null, ['500112', '510116']), report('b.txt', '两江、天府：《共建内陆开放门户战略合作协议》', null, ['500112', '511600'])])).toHaveLength(2);
  });

  it('joins a new report to an agreement merged before, keeping the id a link to a colleague can name', () => {
    const merged = mergeReports([report('a.txt', '两江、天府：《共建内陆开放门户战略合作协议》', '2020-04'), report('b.txt', '两江、天府：《共建内陆开放门户战略合作协议》', '2020-04')])[0]!;
    const local = { ...report('local-1', '两江、天府：《共建内陆开放门户战略合作协议》', '2020-04-22'), id: 'local-1-agreement' };
    const out = mergeReports([merged, local], { shared: (a) => !a.article.startsWith('local-') });
    expect(out).toHaveLength(1);
    expect(out[0]!.id).toBe(merged.id);
    expect(out[0]!.article).toBe('local-1');
    expect(out[0]!.date).toBe('2020-04-22');
    expect(out[0]!.sources!.map((s) => s.article)).toEqual(['local-1', 'a.txt', 'b.txt']);
    expect(out[0]!.former_ids).toContain('local-1-agreement');
    expect(() => agreementsFile.parse({ agreements: out })).not.toThrow();
  });

  it('leaves the committed file as it is when read again: no agreement of it is a report of another', () => {
    const file = agreementsFile.parse(committed);
    expect(mergeReports(file.agreements)).toEqual(file.agreements);
  });

  it('leaves undated an agreement whose only date comes after an article that had already reported it', () => {
    const early = report('003.txt', '果园港、宜宾港、泸州港：长江上游港口联盟', null, ['500105', '511500', '510500']);
    const later = { ...report('local-1', '果园港、宜宾港、泸州港：长江上游港口联盟', '2021-12-01', ['500105', '511500', '510500']), id: 'local-1-alliance' };
    const published = (a: string) => ({ '003.txt': '2021-05-28', 'local-1': '2021-12-01' })[a] ?? null;
    const [one, ...rest] = mergeReports([early, later], { published });
    expect(rest).toEqual([]);
    expect(one!.date).toBeNull();
    expect(one!.reasons).toEqual(['future', 'no-date', 'reported-earlier']);
    expect(one!.article).toBe('003.txt');
    // A date within the earlier article's own period stays.
    expect(mergeReports([early, { ...later, date: '2021-05-28' }], { published })[0]!.date).toBe('2021-05-28');
  });

  it('says which agreement of a merged list a new report would join, and none for a generic or another one', () => {
    const file = agreementsFile.parse(committed).agreements;
    const alliance = file.find((a) => a.id === '003-alliance-cq-guoyuan-sc-yibin-sc-luzhou-logistics')!;
    const local = { ...report('local-1', '果园港、宜宾港、泸州港：长江上游港口联盟', '2021-12-01', ['500105', '511500', '510500']), kind: 'alliance' as const };
    const joinedBy = joinerOf(file);
    expect(joinedBy(local)?.id).toBe(alliance.id);
    expect(joinedBy({ ...local, title_zh: '果园港、宜宾港：合作协议' })).toBeUndefined();
    expect(joinedBy({ ...local, kind: 'fund' })).toBeUndefined();
    expect(joinedBy({ ...local, parties: local.parties.slice(0, 1) })).toBeUndefined();
  });
});
