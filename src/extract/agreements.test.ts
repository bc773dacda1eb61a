import { describe, expect, it } from 'vitest';
import { agreementsFile } from '../data/agreement-schema';
import { extractorFor, partyCodes } from './test-gazetteer';

const run = extractorFor('fixture.txt', '2020-05-03');
const codes = partyCodes;

describe('extractAgreements', () => {
  it('finds a signed agreement across a printed line break, with its parties, date, kind and field', () => {
    const text = '本报讯 4月17日，大足与四川眉山签署\n协议，约定在文旅融合领域开展合\n作。';
    const [a, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(a!.kind).toBe('agreement');
    expect(a!.date).toBe('2020-04-17');
    expect(codes(a!)).toEqual(['500111', '511400']);
    expect(a!.parties.map((p) => p.level).sort()).toEqual(['county', 'prefecture']);
    expect(a!.domains).toContain('tourism-culture');
    // The quote is the exact original text at the span, line breaks and all.
    expect(text.slice(a!.span.start, a!.span.end)).toBe(a!.quote);
    expect(a!.quote).toContain('签署\n协议');
    expect(a!.title_zh).toContain('大足');
    expect(a!.title_en).toMatch(/Dazu.*Meishan/u);
  });

  it('resolves 去年 against the article date', () => {
    const [a] = run('去年12月，大足、荣昌和泸县签订了濑溪河流域长效协调互动协议。');
    expect(a!.date).toBe('2019-12');
    expect(codes(a!)).toEqual(['500111', '500153', '510521']);
    expect(a!.domains).toContain('ecology');
  });

  it('needs the Sichuan–Chongqing line crossed: a plan of one side alone is not an agreement', () => {
    expect(run('重庆将规划建设第二机场，提升航空枢纽能级。')).toEqual([]);
    expect(run('大足区与荣昌区签署战略合作协议。')).toEqual([]);
  });

  it('maps departments to their province as organisations, and 两地X部门 to both', () => {
    const [a] = run('4月30日，市侨联与四川省侨联在成都签署服务成渝双城经济圈建设战略合作协议。');
    expect(a!.parties).toEqual([
      { name: '重庆市侨联', code: '500000', level: 'organisation' },
      { name: '四川省侨联', code: '510000', level: 'organisation' },
    ]);
    const [b] = run('两地交通部门签订三年行动计划。');
    expect(codes(b!)).toEqual(['500000', '510000']);
    expect(b!.parties.every((p) => p.level === 'organisation')).toBe(true);
  });

  it('maps a new area to the districts it lies in', () => {
    const [a] = run('去年，广安通过与毗邻的重庆市渝北区合作，共同建起了高竹新区。', '2021-05-28');
    expect(a!.kind).toBe('project');
    expect(codes(a!)).toContain('500112');
    const [b] = run('两江新区与四川天府新区召开共同打造内陆开放门户第一次联席会议。');
    expect(b!.kind).toBe('mechanism');
    const liangjiang = b!.parties.find((p) => p.name === '两江新区')!;
    expect(liangjiang.level).toBe('new-area');
    expect(liangjiang.codes).toEqual(['500112', '500105', '500109']);
  });

  it('splits a list of documents adopted together into one agreement each', () => {
    const out = run('会议审议通过了重庆四川两省市《成渝地区双城经济圈建设规划纲要》联合实施方案、重点规划编制方案、便捷生活行动方案、两省市领导联系重点项目工作机制等文件。', '2020-12-15');
    expect(out.map((a) => a.kind)).toEqual(['plan', 'plan', 'plan', 'mechanism']);
    expect(out[0]!.title_zh).toContain('《成渝地区双城经济圈建设规划纲要》联合实施方案');
    expect(new Set(out.map((a) => a.id)).size).toBe(4);
  });

  it('reads 双方 as the two places just named, and merges the same agreement told twice', () => {
    const out = run('12日上午，内江市与石柱县举行座谈会，并签署战略合作协议。双方签署《共同推动成渝地区双城经济圈建设战略合作协议》。', '2020-06-14');
    expect(out).toHaveLength(1);
    expect(out[0]!.quote).toContain('双方签署《');
    expect(codes(out[0]!)).toEqual(['500240', '511000']);
  });

  it('keeps a route, a venue and a stop list out of the parties', () => {
    const [a] = run('川渝两地交通部门签署协议，加快建设大足至内江高速公路。');
    expect(codes(a!)).toEqual(['500000', '510000']);
    const [b] = run('4月30日，市侨联与四川省侨联在成都签署战略合作协议。');
    expect(codes(b!)).not.toContain('510100');
  });

  it('gives a future act with one side speaking less confidence than a signed one', () => {
    const [signed] = run('市经济信息委与四川省经信厅签署战略合作协议。');
    const [planned] = run('我们将携手四川省经信部门共建电子信息产业集群。');
    expect(signed!.confidence).toBeGreaterThan(0.8);
    if (planned) expect(planned.confidence).toBeLessThan(signed!.confidence);
  });

  it('ignores questions and text with no agreement', () => {
    expect(run('重庆日报：我们接下来将如何与四川签署协议？')).toEqual([]);
    expect(run('川渝山水相连、人文相近。')).toEqual([]);
  });

  it('gives output valid against the contract, ids unique and stable', () => {
    const text = '大足与四川眉山签署协议。去年12月，大足、荣昌和泸县签订了濑溪河流域长效协调互动协议。';
    const a = run(text);
    expect(() => agreementsFile.parse({ agreements: a })).not.toThrow();
    expect(run(text)).toEqual(a);
  });

  it('reads a compound name as each of its places (遂潼, 万达开, 城(口)宣(汉)万(源))', () => {
    expect(codes(run('遂潼两地签署《推动交通互联互通合作协议》。')[0]!)).toEqual(['500152', '510900']);
    const [b] = run('城(口)宣(汉)万(源)示范区党政联席会议第四次会议在城口举行。', '2023-03-09');
    expect(codes(b!)).toEqual(['500229', '511722', '511781']);
    expect(b!.kind).toBe('mechanism');
  });

  it('takes the parties of 三地 and 双方 from the article: the paragraph, or a headline, never widening a county to its province', () => {
    const a = run('万达开携手打造统筹发展示范区\n\n近日，三地共同签署了《文旅合作框架协议》。', '2022-10-11').find((x) => x.kind === 'agreement');
    expect(codes(a!)).toEqual(['500101', '500154', '511700']);
    expect(a!.reasons).toContain('context-parties');
    const [b] = run('邻水垫江签署战略合作协议\n\n5月8日，两地举行座谈会，双方签署了战略合作协议。', '2021-05-10');
    expect(codes(b!)).toEqual(['500231', '511623']);
    expect(b!.quote).toContain('双方签署');
    // Named in different sentences and paragraphs: the places the article names most, one on each side.
    const [c] = run('潼南区古溪镇党委书记介绍了该镇情况。\n\n近日，遂宁市安居区代表团到潼南考察。\n\n座谈会上，两地签订了《毗邻地区合作协议》。');
    expect(codes(c!)).toEqual(['500152', '510904']);
  });

  it('reads traditional characters, and a prefecture written before its county as the county', () => {
    const [a] = run('4日，重慶市長壽區與成都彭州簽訂了戰略合作協議。', '2023-04-06');
    expect(codes(a!)).toEqual(['500115', '510182']);
    expect(a!.date).toBe('2023-04-04');
  });

  it('places a town by the county the article names, and makes one agreement per partner signed with 分别', () => {
    const out = run('合川区燕窝镇与四川省武胜县万隆镇、清平镇分别签订了合作框架协议。', '2023-04-23');
    expect(out.map(codes)).toEqual([['500117', '511622'], ['500117', '511622']]);
    expect(out.map((a) => a.parties.map((p) => p.name).join('+'))).toEqual(['武胜县万隆镇+合川区燕窝镇', '武胜县清平镇+合川区燕窝镇']);
    expect(run('泸州、遂宁、内江3市政府与重庆市政府签署合作备忘录。').map(codes)).toEqual([['500000', '510500'], ['500000', '510900'], ['500000', '511000']]);
    expect(run('会上，璧山区与江油市、永川区与泸县分别签订了战略合作协议。').map(codes)).toEqual([['500120', '510781'], ['500118', '510521']]);
  });

  it('counts a list item by item: quoted names, items sharing a head, counted fields, 一是…二是…', () => {
    expect(run('川渝两地建立了“联席会议”“联合办公室”等工作机制。').map((a) => a.kind)).toEqual(['mechanism', 'mechanism']);
    const shared = run('两地交通部门签署了普通公路、内河水运和智慧交通等框架合作协议。');
    expect(shared.map((a) => a.title_zh.replace(/^.*：/u, ''))).toEqual(['普通公路框架合作协议', '内河水运框架合作协议', '智慧交通框架合作协议']);
    expect(shared.every((a) => a.reasons?.includes('list-item'))).toBe(true);
    expect(run('川渝从产业协作、生态环保、文化旅游等3个领域深化合作，签署专项工作方案。')).toHaveLength(3);
    const routes = run('城口、宣汉、万源三地将联合推出两条旅游线路：一是“巴文化线路”；二是“红色研学线路”。', '2023-03-09');
    expect(routes.map((a) => a.title_zh.replace(/^.*：/u, ''))).toEqual(['巴文化线路', '红色研学线路']);
  });

  it('keeps a bare 签约 of its own subject apart from the next act, and finds what is set up at a place on the other side', () => {
    const out = run('两地政府分别与对方高校合作签约，西南大学在宜宾建设研究院。', '2021-05-28');
    expect(out).toHaveLength(2);
    expect(codes(out[1]!)).toEqual(['500109', '511500']);
    expect(codes(run('两江新区还在邻水县设立“无水港”。')[0]!)).toEqual(['500112', '511623']);
  });

  it('reads the document first and its signing after, and its parties from its name when no one else is named', () => {
    const [a] = run('5月20日，《潼南区安居区合作框架协议》在潼南正式签署。', '2020-06-10');
    expect(codes(a!)).toEqual(['500152', '510904']);
    expect(a!.date).toBe('2020-05-20');
    const [b] = run('当日，荣昌区与隆昌市还举行了深化合作协议签约仪式。', '2020-06-10');
    expect(b!.title_zh).toBe('荣昌、隆昌：深化合作协议');
  });

  it('reads a web page: a headline ends at its byline, a plaque unveiled, a working group set up, friendly counties, the paragraph’s date', () => {
    const out = run('开州区与开江县签署战略合作框架协议\n来源：开州区融媒体中心 2021-03-12\n\n3月11日，开州区与开江县举行签约仪式。两地县委书记共同为“开州开江产业合作示范园区”揭牌。\n\n据悉，两地已联合成立一体化发展工作专班。云阳县与开江县缔结为友好县。', '2021-03-12');
    expect(out.map((a) => [a.kind, codes(a).join('+')])).toEqual([
      ['agreement', '500154+511723'],
      ['project', '500154+511723'],
      ['mechanism', '500154+511723'],
      ['agreement', '500235+511723'],
    ]);
    expect(out[1]!.title_zh).toBe('开州、开江：开州开江产业合作示范园区');
    expect(out[1]!.date).toBe('2021-03-11');
  });

  it('says why it is unsure, in codes the interface puts in words', () => {
    const [a] = run('大足将与四川眉山签署文旅合作协议。');
    expect(a!.reasons).toEqual(expect.arrayContaining(['future', 'one-side']));
    const [c] = run('下一步，大足与眉山将共建文旅走廊。');
    expect(c!.reasons).toContain('future');
    expect(c!.reasons).not.toContain('one-side');
    const [b] = run('4月17日，大足与四川眉山签署协议。');
    expect(b!.reasons).toBeUndefined();
  });
});
