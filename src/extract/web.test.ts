import { describe, expect, it } from 'vitest';
import { extractAgreements } from './agreements';
import { testGazetteer } from './test-gazetteer';

const gaz = testGazetteer();
const run = (text: string, date: string | null = '2023-05-03') => extractAgreements({ file: 'web.txt', text, date }, gaz);
const codes = (a: { parties: { code: string | null }[] }) => a.parties.map((p) => p.code).sort();

describe('web news articles: the families of phrasing other outlets use', () => {
  it('reads 我区/我县/我市 as the outlet’s own place, named elsewhere in the article (site name, footer, most named)', () => {
    const text = '大足区人民政府网\n\n我区与安岳县签订文旅合作协议\n\n本报讯 3月5日，我区与四川省安岳县签订文旅合作协议。\n\n大足区融媒体中心 版权所有';
    const found = run(text);
    expect(found).toHaveLength(1);
    expect(codes(found[0]!)).toEqual(['500111', '512021']);
  });

  it('takes the other side’s province, said to be a guess, when the article never names its own place', () => {
    const [a, ...rest] = run('5月8日，我县与重庆市綦江区缔结为友好县区。');
    expect(rest).toEqual([]);
    expect(codes(a!)).toEqual(['500110', '510000']);
    expect(a!.reasons).toContain('province-parties');
  });

  it('reads 会签 and any document signed by its name (《…协作意见》) as a signing', () => {
    const [a] = run('4月9日，荣昌区人民检察院与隆昌市人民检察院召开座谈会，并会签《关于加强跨区域检察协作的意见》。');
    expect(a!.kind).toBe('agreement');
    expect(codes(a!)).toEqual(['500153', '511083']);
    const [b] = run('日前，永川区与泸县两地检察院签订了《跨区域检察协作意见》。');
    expect(codes(b!)).toEqual(['500118', '510521']);
  });

  it('tells a headline and its story once, quoting the story', () => {
    const text = '合江县白沙镇与永川区朱沱镇签订合作备忘录\n\n12月4日，合江县白沙镇、永川区朱沱镇推进朱沱—白沙合作备忘录签约仪式在白沙镇举行。';
    const found = run(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.quote).toMatch(/^12月4日/u);
  });

  it('does not read a meeting’s name, a witnessed signing or 此次签约 as an act', () => {
    expect(run('12月27日，共建明月山绿色发展示范带党政联席会第六次会议在邻水县召开。').filter((a) => a.kind === 'project')).toEqual([]);
    expect(run('北碚区委书记、天府新区党工委副书记出席并见证签约。')).toEqual([]);
  });

  it('reads 启动 of a joint service and 共同发布 of a list as acts', () => {
    const [a] = run('6月1日，永川区与泸州市纳溪区正式启动“川渝通办”跨区域服务。');
    expect(a!.kind).toBe('mechanism');
    const [b] = run('5月8日，重庆市经信委、四川省经信厅联合发布首批20个产业合作示范园区名单并授牌。');
    expect(codes(b!)).toEqual(['500000', '510000']);
  });
});
