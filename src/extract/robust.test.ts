import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, normalise } from './normalise';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 3: a few general mechanisms, each tested with sentences written for the test (no article's words).
const run = extractorFor('robust.txt', '2022-06-01');
const codes = partyCodes;
const objects = (text: string) => run(text).map((a) => `${a.kind}:${codes(a).join('+')}`);

describe('sentence normalisation: script and punctuation variants read alike', () => {
  it('maps ASCII , ; : ! ? ( ) to full-width one for one, keeping numbers and times', () => {
    expect(fullWidthPunctuation('会上,双方签署了协议(试行);')).toBe('会上，双方签署了协议（试行）；');
    expect(fullWidthPunctuation('共1,200亿元,7:30召开')).toBe('共1,200亿元，7:30召开');
    const n = normalise('甲 乙,丙');
    expect(n.text).toBe('甲乙，丙');
    expect(n.offsets).toEqual([0, 2, 3, 4, 5]);
  });

  it('finds the same agreements in a sentence typed with ASCII, full-width or traditional punctuation and script', () => {
    const full = '5月6日，在两地座谈会上，荣昌区与隆昌市签署了《农业协作办法（试行）》，分别是：种业协作、渔业协作。';
    const ascii = '5月6日,在两地座谈会上,荣昌区与隆昌市签署了《农业协作办法(试行)》,分别是:种业协作、渔业协作。';
    const traditional = '5月6日,在兩地座談會上,榮昌區與隆昌市簽署了《農業協作辦法(試行)》,分別是:種業協作、漁業協作。';
    expect(objects(ascii)).toEqual(objects(full));
    expect(objects(traditional)).toEqual(objects(full));
    expect(objects(full).length).toBeGreaterThan(0);
  });
});

describe('the act table: verbs × objects (vocab.ts), whichever way round they are told', () => {
  it('reads a thing set up together by its noun (携手成立…学院, 联合设立…工作站)', () => {
    const [a, ...rest] = run('6月3日，璧山区与郫都区携手成立了乡村治理学院。');
    expect(rest).toEqual([]);
    expect(a!.kind).toBe('project');
    expect(codes(a!)).toEqual(['500120', '510117']);
    expect(run('6月3日，江津区与泸县联合设立了物流工作站。').map((x) => x.kind)).toEqual(['mechanism']);
  });

  it('reads a document worked out at a joint meeting or signed by any document noun (研究出台…细则, 签署…办法)', () => {
    expect(run('5月9日，潼南区与安岳县召开合作会议，研究出台了景区互认实施细则。').map((x) => x.kind)).toEqual(['plan']);
    const [b] = run('5月9日，潼南区与安岳县签署了河道共管办法。');
    expect(b!.kind).toBe('agreement');
  });

  it('reads an alliance founded by a list of bodies told the other way round (X联盟由A、B共同发起成立)', () => {
    const [a, ...rest] = run('毗邻地区餐饮联盟由广安市和重庆市长寿区、垫江县三地商会共同发起成立。');
    expect(rest).toEqual([]);
    expect(a!.kind).toBe('alliance');
    expect(codes(a!)).toEqual(['500115', '500231', '511600']);
  });

  it('does not take more of a kind wished for (签署更多的协作规范) for a thing done', () => {
    expect(run('荣昌区与隆昌市的负责人表示，两地还要签署更多的协作规范。').map((a) => a.title_zh)).toEqual([]);
  });

  it('does not let the other province complete two named places of one side acting together', () => {
    expect(run('会上，渝中区与九龙坡区联合发布了街道党建共建计划。')).toEqual([]);
  });
});

describe('list expansion: each named document one agreement, with the act’s parties', () => {
  it('reads the documents named after 分别是/包括/即 or a colon, long names and brackets too', () => {
    const text = '会上，荣昌区与隆昌市签署3份协作文件，分别是：关于加强两地农产品质量安全监管协作的意见、关于共同推进濑溪河流域水质监测的办法（试行）、两地文化旅游资源共享框架协议。';
    const found = run(text);
    expect(found).toHaveLength(3);
    for (const a of found) expect(codes(a)).toEqual(['500153', '511083']);
    expect(found.map((a) => a.kind)).toEqual(['agreement', 'agreement', 'agreement']);
    // The same in ASCII punctuation and traditional script.
    expect(run(text.replace(/，/gu, ',').replace(/：/gu, ':').replace(/（/gu, '(').replace(/）/gu, ')'))).toHaveLength(3);
    expect(run('會上,榮昌區與隆昌市簽署協作文件,包括:兩地農業協作框架協議、兩地交通協作框架協議。')).toHaveLength(2);
  });

  it('reads a run of named documents whatever joins them (《A》《B》, 《A》和《B》), each of its own kind or the act’s', () => {
    const a = run('去年以来，潼南区与安岳县先后签订《两地河长协作办法（试行）》《两地交通互联互通协议》；');
    expect(a.map((x) => x.title_zh)).toHaveLength(2);
    const b = run('6月4日，合川区与武胜县共同签署了《两地法院立案协作规范》和《两地法院执行联动协作机制》。');
    expect(b.map((x) => x.kind)).toEqual(['agreement', 'mechanism']);
  });

  it('does not read an act pointed back to (这份协议签署后, 以此次协议签订为契机) as a new one', () => {
    const found = run('5月6日，荣昌区与隆昌市签署了农业合作协议。这份协议签署后，两地将以此次协议的签订为契机深化合作。');
    expect(found).toHaveLength(1);
  });
});

describe('party lists: one agreement per partner when the list is read item by item', () => {
  it('splits one party’s signing with a counted list of partners (X与A、B两所高校和C1个研究所签订)', () => {
    const found = run('3月2日，长江师范学院与绵阳师范学院、乐山师范学院两所高校和成都市农业科学院1个科研院所签订合作协议，建立战略合作伙伴关系。');
    expect(found.map(codes)).toEqual([
      ['500102', '510700'],
      ['500102', '511100'],
      ['500102', '510100'],
    ]);
  });

  it('splits towns of one side signing 分别 with towns of the other, one per item of the longer list', () => {
    const found = run('考察期间，荣昌区清升镇、吴家镇分别和隆昌市石燕桥镇、胡家镇、云顶镇签订了合作框架协议。');
    expect(found).toHaveLength(3);
    for (const a of found) expect(codes(a)).toEqual(['500153', '511083']);
  });

  it('reads one place signing with partners named one by one as one agreement per partner', () => {
    const found = run('5月17日，眉山市与重庆市大足区、渝北区签订合作协议。');
    expect(found.map(codes)).toEqual([['500111', '511400'], ['500112', '511400']]);
  });

  it('splits only the run of places next to 与, not a place named before the list', () => {
    const found = run('由毗邻重庆的泸州、遂宁2市政府与重庆市政府签署合作备忘录。');
    expect(found.map(codes)).toEqual([
      ['500000', '510500'],
      ['500000', '510900'],
    ]);
  });
});

describe('party finder: a body by the nearest place in its name; acts told as their ceremony', () => {
  it('places a body written with its prefecture and county (广安市武胜县法院) in the county', () => {
    const [a] = run('4月15日，广安市武胜县法院与重庆市合川区法院签署了司法协作框架协议。');
    expect(codes(a!)).toEqual(['500117', '511622']);
  });

  it('reads the signing ceremony of a named relation (举行了友好城市签约仪式) as its signing', () => {
    const [a, ...rest] = run('1月21日，南川区与广元市以视频方式举行了友好城市签约仪式。');
    expect(rest).toEqual([]);
    expect(a!.kind).toBe('agreement');
    expect(codes(a!)).toEqual(['500119', '510800']);
  });
});
