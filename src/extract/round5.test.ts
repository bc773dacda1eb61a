import { describe, expect, it } from 'vitest';
import { extractAgreements } from './agreements';
import { testGazetteer } from './test-gazetteer';

// Round 5: general mechanisms, each tested with sentences written for the test (no article's words).
const gaz = testGazetteer();
const run = (text: string, date: string | null = '2022-06-01') => extractAgreements({ file: 'round5.txt', text, date }, gaz);
const codes = (a: { parties: { code: string | null }[] }) => a.parties.map((p) => p.code).sort();

describe('lists of unquoted document names before a count (签署了A、B、C等三个协议)', () => {
  it('reads each item of a long list as its own agreement, with the act’s parties', () => {
    const found = run(
      '5月6日，荣昌区与隆昌市签署了共同推进两地农产品冷链物流设施建设运营合作意向、两地城乡客运公交线路跨界延伸运营保障、毗邻地区应急物资储备基地共建共享合作等三个协议。',
    );
    expect(found.map((a) => a.kind)).toEqual(['agreement', 'agreement', 'agreement']);
    for (const a of found) expect(codes(a)).toEqual(['500153', '511083']);
  });

  it('does not read a signing pointed back to (此次签订的三个协议) as a new one', () => {
    const found = run('5月6日，荣昌区与隆昌市签署了农业合作协议。此次签订的三个协议，共包括9项内容。');
    expect(found).toHaveLength(1);
  });
});

describe('registers built together (共建…数据库, 共同建立A库、B库): a made thing of their own', () => {
  it('reads each register of a list as one project of the act’s parties', () => {
    const found = run('5月6日，荣昌区与隆昌市共同建立了农技专家库、返乡青年人才库、乡村医生数据库。');
    expect(found.map((a) => a.kind)).toEqual(['project', 'project', 'project']);
    for (const a of found) expect(codes(a)).toEqual(['500153', '511083']);
    expect(run('5月6日，荣昌区与隆昌市共建了农产品质量追溯数据库。').map((a) => a.kind)).toEqual(['project']);
  });
});
