import { describe, expect, it } from 'vitest';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 14: counted groups and mechanisms stated as set up (LABELLING.md: "a counted group whose items are
// not named (27个联盟) is one agreement"). Sentences written for the test, no article's words.
const run = extractorFor('round14.txt', '2022-06-01');
const objects = (text: string) => run(text).map((a) => `${a.kind}:${partyCodes(a).join(',')}`);

describe('a counted group of documents is one agreement of its own', () => {
  it('is not folded into a single named document of the same sides (签订X协议30余份 after 签署《X框架协议》)', () => {
    const a = run('2020年5月15日，四川省高院与重庆市高院签署《成渝地区审判协作框架协议》。此后，两地基层法院加强对接，签订审判协作协议50余份。');
    expect(a.map((x) => x.kind)).toEqual(['agreement', 'agreement']);
    expect(a[1]!.quote).toContain('50余份');
  });

  it('nor when the count follows the document (签订战略合作协议6项)', () => {
    const a = run('2020年5月15日，荣昌区与隆昌市签署《荣隆战略合作框架协议》。此后荣昌区与隆昌市又签订战略合作协议6项。');
    expect(a).toHaveLength(2);
  });

  it('still folds the same document told twice with no count', () => {
    const a = run('2020年5月15日，荣昌区与隆昌市签署《荣隆战略合作框架协议》。荣昌区与隆昌市签订的战略合作框架协议明确了八项任务。');
    expect(a).toHaveLength(1);
  });
});

describe('a counted group of shared things told as happening (N个合作项目发布, N个共建基地出炉)', () => {
  it('reads each counted group as one, with the parties of the text around', () => {
    const a = run('6月3日，荣昌区与隆昌市召开协同发展推进会。5个重点合作项目发布，8个共建基地规划出炉。');
    const groups = a.filter((x) => x.quote.startsWith('5个'));
    expect(groups.map((x) => x.kind)).toEqual(['project', 'project']);
    expect(groups.every((x) => partyCodes(x).join() === '500153,511083')).toBe(true);
  });

  it('reads a counted group put into effect (推动N个合作项目落地实施)', () => {
    expect(objects('2023年，荣昌区与隆昌市携手并进，推动9个合作项目落地实施。')).toEqual(['project:500153,511083']);
  });

  it('does not read a count of things not said to be shared, and is less sure of one hoped for', () => {
    expect(run('2023年，荣昌区与隆昌市携手并进，推动9个重大项目落地实施。')).toEqual([]);
    const done = run('2023年，荣昌区与隆昌市推动9个合作项目落地实施。')[0]!;
    const hoped = run('2023年，荣昌区与隆昌市将推动9个合作项目落地实施。')[0]!;
    expect(hoped.confidence).toBeLessThan(done.confidence);
  });
});

describe('mechanisms stated as set up between two named sides', () => {
  it('reads a lasting or information-sharing mechanism set up (建立…长效机制, 建立…互通机制)', () => {
    expect(objects('6月3日，荣昌区与隆昌市两地文联正式建立双方合作长效机制。')).toEqual(['mechanism:500153,511083']);
    expect(objects('6月3日，荣昌区与隆昌市建立违法车辆查处信息互通机制。')).toEqual(['mechanism:500153,511083']);
  });

  it('reads a joint meeting held under its short name (召开…联席会)', () => {
    expect(objects('6月3日，荣昌区与隆昌市召开文旅协同发展联席会。')).toEqual(['mechanism:500153,511083']);
  });
});

describe('two named mechanisms sharing their head (A、B等机制) are two', () => {
  it('reads each of two named ways of working together, set up or told as running', () => {
    expect(objects('荣昌与隆昌携手治水，联合巡河、同步监测等机制已常态化运转。')).toEqual(['mechanism:500153,511083', 'mechanism:500153,511083']);
    expect(objects('6月3日，荣昌区与隆昌市建立了案件线索移送、信息快速交换等工作制度。')).toEqual(['mechanism:500153,511083', 'mechanism:500153,511083']);
  });

  it('keeps two fields of one mechanism as one (交通、产业等合作机制)', () => {
    expect(objects('6月3日，荣昌区与隆昌市建立了交通、产业等合作机制。')).toEqual(['mechanism:500153,511083']);
  });
});
