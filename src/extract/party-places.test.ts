import { describe, expect, it } from 'vitest';
import { extractAgreements } from './agreements';
import { testGazetteer } from './test-gazetteer';

// Round 4: the party finder prefers the most specific places the text gives, tested with sentences
// written for the test (no article's words).
const gaz = testGazetteer();
const run = (text: string, date: string | null = '2022-06-01') => extractAgreements({ file: 'parties.txt', text, date }, gaz);
const codes = (a: { parties: { code: string | null }[] }) => a.parties.map((p) => p.code).sort();

describe('party finder: the most specific places the text gives', () => {
  it('reads an everyday district stem (江北, 长寿) as the district when it is an item of a list of places', () => {
    const [a] = run('6月3日，重庆渝北、江北、璧山和四川郫都的商务部门签署了会展合作协议。');
    expect(codes(a!)).toEqual(['500105', '500112', '500120', '510117']);
  });

  it('reads a counted back-reference (这四个区、川渝四地) as the places last listed that many', () => {
    const text = '6月3日，重庆渝北、璧山和四川郫都、温江四个区的商务部门在成都召开会议。会上，四个区商务部门共同发布了《会展企业名录》。';
    const named = run(text).find((x) => x.title_zh.includes('名录'));
    expect(codes(named!)).toEqual(['500112', '500120', '510115', '510117']);
    const lemon = run('潼南、荣昌和安岳、隆昌四地签署了柠檬产业合作协议。川渝四地还联合发布了《柠檬产业宣言》。');
    expect(codes(lemon.find((x) => x.title_zh.includes('宣言'))!)).toEqual(['500152', '500153', '511083', '512021']);
  });

  it('takes the places a sentence lists over a compound’s documented members', () => {
    const [a] = run('6月3日，共建明月山绿色发展示范带联席会议召开，梁平区、长寿区、垫江县和达川区、开江县、大竹县、邻水县七区县签署了文旅合作协议。');
    expect(codes(a!)).toContain('500115');
  });

  it('reads a new area that lies across the line (高竹新区) as a party on each side', () => {
    const [a] = run('6月3日，重庆水务集团与川渝高竹新区签订了供水合作协议。');
    expect(codes(a!)).toEqual(expect.arrayContaining(['511623', '500112']));
  });

  it('does not take the bodies whose decisions an agreement carries out (落实X的部署) for its parties', () => {
    const text = '6月3日，巴南区人大常委会与资中县人大常委会签订了《城乡融合合作协议》。《城乡融合合作协议》全面落实重庆市委、四川省委关于双城经济圈建设的部署，明确双方共同搭建涉农企业合作平台。';
    for (const a of run(text)) expect(codes(a)).not.toContain('510000');
  });
});
