import { describe, expect, it } from 'vitest';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 15b: the right parties (docs/agreements.md "Round 15b: parties"). Sentences written for the test,
// no article's words.
const run = extractorFor('round15b.txt', '2024-03-01');
const codesOf = (text: string, date?: string | null) => run(text, date).map((a) => partyCodes(a).join(','));

describe('a compound whose membership changed is read by the article’s date', () => {
  const sentence = '5月9日，明月山绿色发展示范带各区县签署了文旅合作协议。';
  it('reads 明月山 as seven counties (长寿区 with them) after the 2021 plan', () => {
    expect(codesOf(sentence, '2023-05-10')).toEqual(['500115,500155,500231,511623,511703,511723,511724']);
  });
  it('and as the six that began it before', () => {
    expect(codesOf(sentence, '2020-05-10')).toEqual(['500155,500231,511623,511703,511723,511724']);
  });
  it('and as today’s seven when the article has no date', () => {
    expect(codesOf(sentence, null)[0]).toContain('500115');
  });
});

describe('a three-place compound is not cut to the two places a route in the sentence names', () => {
  it('keeps 开州 in 万达开 beside a route 达州—万州', () => {
    const found = codesOf('万达开三地联合签署了物流合作协议，共建达州—万州铁水联运通道。');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c === '500101,500154,511700')).toBe(true);
  });
});

describe('a counted group of bodies that signs 分别 with a list (N家企业分别与A、B签订)', () => {
  it('is one agreement with every partner: 分别 shares the group out, not the partners', () => {
    expect(codesOf('6月3日，重庆某某机械有限公司等4家企业现场分别与南充市嘉陵区、营山县签订投资协议。')).toEqual(['500000,511304,511322']);
  });
  it('while one named subject signing 分别 with a list is still one agreement per partner', () => {
    expect(codesOf('6月3日，荣昌区分别与南充市嘉陵区、营山县签订合作协议。')).toEqual(['500153,511304', '500153,511322']);
  });
});

describe('a body’s name shared by two places named before it (A、B两市X协会) is each place’s body', () => {
  const names = (text: string) => run(text).map((a) => a.parties.map((p) => `${p.name}:${p.code}`).sort().join(' '));
  it('四川省、重庆市X分公司 is 四川省X分公司 and 重庆市X分公司, not the province and a body', () => {
    expect(names('6月3日，四川省、重庆市某某物流分公司签署了寄递合作协议。')).toEqual(['四川省某某物流分公司:510000 重庆市某某物流分公司:500000']);
  });
  it('成都、重庆两市X协会 is each city’s 协会', () => {
    expect(names('6月3日，成都、重庆两市某某行业协会签署了合作协议。')).toEqual(['成都某某行业协会:510100 重庆某某行业协会:500000']);
  });
  it('川渝两地X局 is each province’s 局', () => {
    expect(names('6月3日，川渝两地某某管理局签署了合作协议。')).toEqual(['四川省某某管理局:510000 重庆市某某管理局:500000']);
  });
  it('while 川渝18个区县检察院 stays both sides, not two provincial bodies', () => {
    expect(names('6月3日，川渝18个区县检察院签署了协作协议。')[0]).not.toContain('四川省检察院');
  });
});

describe('a park or zone named by its city is coded to the district it lies in, where a source says which', () => {
  it('德阳经开区 in 旌阳区, 资阳高新区 in 雁江区, 重庆空港工业园区 in 渝北区, 港城工业园区 in 江北区', () => {
    expect(codesOf('6月3日，重庆空港工业园区与德阳经开区签署了园区共建协议。')).toEqual(['500112,510603']);
    expect(codesOf('6月3日，重庆港城工业园区与资阳高新区签署了园区合作协议。')).toEqual(['500105,512002']);
  });
  it('宜宾临港经开区 and 宜宾三江新区 in 翠屏区', () => {
    expect(codesOf('6月3日，两江新区与宜宾临港经开区签署了合作协议。')).toEqual(['500112,511502']);
    expect(codesOf('6月3日，两江新区与宜宾三江新区签署了合作协议。')).toEqual(['500112,511502']);
  });
});

describe('the items of one list are marked as one list’s (the review says so instead of “same sentence”)', () => {
  it('gives each item of a named list the same list, where the list lies in the text', () => {
    const text = '6月3日，荣昌区与隆昌市共同成立了汽车、电子、会展等三大产业联盟。';
    const items = run(text).filter((a) => a.kind === 'alliance');
    expect(items.length).toBe(3);
    expect(new Set(items.map((a) => JSON.stringify(a.list))).size).toBe(1);
    const list = items[0]!.list!;
    expect(text.slice(list.start, list.end)).toContain('汽车、电子、会展');
  });
  it('and to each partner of a signing 分别 with a list', () => {
    const split = run('6月3日，荣昌区分别与南充市嘉陵区、营山县签订合作协议。');
    expect(split.length).toBe(2);
    expect(split[0]!.list).toBeDefined();
    expect(split[1]!.list).toEqual(split[0]!.list);
  });
  it('and nothing to one agreement of its own', () => {
    expect(run('6月3日，荣昌区与隆昌市签署了文旅合作协议。')[0]!.list).toBeUndefined();
  });
});
