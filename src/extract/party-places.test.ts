import { describe, expect, it } from 'vitest';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 4: the party finder prefers the most specific places the text gives, tested with sentences
// written for the test (no article's words).
const run = extractorFor('parties.txt', '2022-06-01');
const codes = partyCodes;

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

  it('reads 市中区 after its prefecture (内江市市中区, 乐山市中区) as that prefecture’s district, not the other 市中区 or the prefecture', () => {
    const [a] = run('6月3日，荣昌区人民法院与四川省内江市市中区人民法院签订了司法协作协议。');
    expect(codes(a!)).toEqual(['500153', '511002']);
    const [b] = run('6月3日，大足区与乐山市中区签订了文旅合作协议。');
    expect(codes(b!)).toEqual(['500111', '511102']);
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

describe('party lists: a signing with partners named one by one', () => {
  it('reads X与A、B签订 as one agreement per partner, and 签定 as 签订', () => {
    const a = run('6月3日，荣昌区工商联与隆昌市、泸县工商联签定《友好商会合作协议》。');
    expect(a.map(codes)).toEqual([['500153', '511083'], ['500153', '510521']]);
  });

  it('keeps a joint signing of several (三地共同签署) and a count of documents for the group as one', () => {
    expect(run('6月3日，隆昌、泸县两地法院与荣昌区法院共同签署了《立案协作规范》。')).toHaveLength(1);
    expect(run('6月3日，荣昌区与隆昌市、泸县签订合作协议12个。')).toHaveLength(1);
  });

  it('drops a partner of the same side from a 分别 signing (渠县与新都区、忠县分别签订)', () => {
    const a = run('会上，隆昌市与成都市新都区、重庆市荣昌区分别签订《战略合作协议》。');
    expect(a.map(codes)).toEqual([['500153', '511083']]);
  });
});

describe('what is not an act', () => {
  it('does not read the aim of the work (有利于共建…, 推动…互联互通) as a thing done', () => {
    expect(run('6月3日，荣昌区与隆昌市召开座谈会，认为此举有利于共建夏布产业示范区。')).toEqual([]);
    expect(run('6月3日，荣昌区与隆昌市表示，要加快道路建设，切实推动荣昌、隆昌互联互通。')).toEqual([]);
  });
});
