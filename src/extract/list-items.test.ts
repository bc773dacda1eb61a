import { describe, expect, it } from 'vitest';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 4: list expansion as one mechanism for every kind of item an act makes or names, tested with
// sentences written for the test (no article's words).
const run = extractorFor('lists.txt', '2022-06-01');
const codes = partyCodes;
const kinds = (text: string) => run(text).map((a) => a.kind);

describe('list expansion: every kind of item an act makes, in every form', () => {
  it('reads things made together joined by 和 or 、, each with its own noun (中心和中心, 基金、基金)', () => {
    const a = run('7月2日，荣昌区与隆昌市共同打造夏布检测中心和陶瓷研发中心。');
    expect(a.map((x) => x.title_zh)).toHaveLength(2);
    expect(a.every((x) => codes(x).join() === '500153,511083')).toBe(true);
    expect(kinds('7月2日，荣昌区与隆昌市共同设立20亿元（首期5亿元，下同）产业协同基金、8亿元科创种子基金。')).toEqual(['fund', 'fund']);
  });

  it('reads items sharing the head after 等 (建立了A、B等机制), counted or not', () => {
    expect(kinds('7月2日，荣昌区与隆昌市建立了河长联合巡查、污染线索移送等机制。')).toEqual(['mechanism', 'mechanism']);
    expect(kinds('7月2日，荣昌区与隆昌市成立了夏布产业联盟、陶瓷产业联盟、预制菜产业联盟等3个联盟。')).toEqual(['alliance', 'alliance', 'alliance']);
  });

  it('folds fields of cooperation into the agreement they qualify (在交通、产业等领域签署协议)', () => {
    expect(kinds('7月2日，荣昌区与隆昌市在交通互联、产业协作、生态共治等领域签署了合作协议。')).toEqual(['agreement']);
  });

  it('reads numbered items after a colon, in one sentence or in the sentences after it', () => {
    const inline = run('7月2日，荣昌区与隆昌市签署了3份协议：1.夏布产业合作协议；2.陶瓷产业合作协议；3.文旅互认合作协议。');
    expect(inline.map((x) => x.kind)).toEqual(['agreement', 'agreement', 'agreement']);
    expect(inline.every((x) => codes(x).join() === '500153,511083')).toBe(true);
    expect(kinds('7月2日，荣昌区与隆昌市签署了系列合作文件：（1）《夏布产业合作协议》（2）《陶瓷产业合作备忘录》')).toEqual(['agreement', 'agreement']);
    expect(kinds('7月2日，荣昌区与隆昌市共同搭建了以下平台：\n①夏布交易平台\n②陶瓷人才平台\n\n下午，双方参观了夏布小镇。')).toEqual(['mechanism', 'mechanism']);
  });

  it('reads the named items after 分别是/包括 for any made thing, and 和 in the last item', () => {
    const a = run('7月2日，荣昌区与隆昌市共同成立了3个联盟，分别是夏布产业联盟、陶瓷产业联盟和文旅推广联盟。');
    expect(a.map((x) => x.kind)).toEqual(['alliance', 'alliance', 'alliance']);
  });

  it('does not count the contents of one agreement listed after it as agreements (协议明确：一是加强…)', () => {
    expect(kinds('7月2日，荣昌区与隆昌市签署了合作协议：一是加强夏布产业交流，二是推动陶瓷企业互访。')).toEqual(['agreement']);
  });

  it('reads the clauses of a running list of achievements with the subject that opened it', () => {
    const a = run('在发布会上，负责人介绍，荣昌区与隆昌市多项合作走在前列，例如，建立了首个跨区域消费维权协作机制；探索建立了市场准入异地同标、案件线索移送等机制；共建夏布产业示范区。');
    expect(a.map((x) => x.kind)).toEqual(['mechanism', 'mechanism', 'mechanism', 'project']);
    expect(a.every((x) => codes(x).join() === '500153,511083')).toBe(true);
  });
});
