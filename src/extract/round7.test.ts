import { describe, expect, it } from 'vitest';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 7: general mechanisms, each tested with sentences written for the test (no article's words).
const run = extractorFor('round7.txt', '2023-05-01');
const codes = partyCodes;

describe('a word’s reading in brackets after it (近日(jìnrì), 协议(xiéyì))', () => {
  it('reads the sentence as if the readings were not there, quoting the original', () => {
    const text = '近日(jìnrì)，荣昌区与隆昌市签署(qiānshǔ)协议，共建物流交接(jiāojiē)中心。';
    const found = run(text);
    const centre = found.find((a) => a.title_zh.includes('中心'));
    expect(centre && codes(centre)).toEqual(['500153', '511083']);
    expect(centre!.title_zh).toMatch(/物流交接中心$/u);
    expect(centre!.quote).toBe(text);
  });
  it('keeps a long bracket of letters with no tone mark, which is no reading', () => {
    const [a] = run('荣昌区与隆昌市签署了共建(digital)园区合作协议。');
    expect(a!.title_zh).toContain('digital');
  });
});

describe('a count naming the partners’ bodies as one group (与A、B、C三地司法局签署)', () => {
  it('is one agreement of all of them, not one per partner', () => {
    const [a, ...rest] = run('泸州市司法局与重庆市永川区、江津区、荣昌区、大足区、璧山区五地司法局签署了法治合作备忘录。');
    expect(rest).toEqual([]);
    expect(codes(a!)).toEqual(['500111', '500116', '500118', '500120', '500153', '510500']);
    // (The last place's body is named without the count: 璧山区司法局.)
    expect(a!.parties.map((p) => p.name)).not.toContain('璧山区五地司法局');
  });
  it('still splits a signing the sentence says was done 分别', () => {
    const found = run('泸州市司法局与重庆市永川区、江津区、荣昌区、大足区、璧山区五地司法局分别签署了法治合作备忘录。');
    expect(found).toHaveLength(5);
  });
});

describe('a shared thing told as happening, its parties in the paragraph (X联盟在Y揭牌成立, X合作联席会议拉开帷幕)', () => {
  const pair = '5月2日，荣昌区与隆昌市举行座谈会，深化两地合作。';
  it('reads an alliance founded at a venue as the paragraph’s pair’s', () => {
    const found = run(`${pair}会上，陶瓷产业发展联盟在重庆市荣昌区揭牌成立。`);
    const alliance = found.find((a) => a.kind === 'alliance');
    expect(alliance && codes(alliance)).toEqual(['500153', '511083']);
  });
  it('reads a joint meeting that opened, with no one named, as the paragraph’s pair’s', () => {
    const found = run(`${pair}次日，两地警务合作联席会议正式拉开帷幕。`);
    expect(found.filter((a) => a.kind === 'mechanism').map(codes)).toEqual([['500153', '511083']]);
  });
  it('reads a route opened and a named document’s signing ceremony held as the pair’s', () => {
    const found = run(`${pair}当天，“荣隆1路”城际公交车正式开通。《荣隆教育合作协议书》签字仪式在隆昌市举行。`);
    expect(found.map((a) => a.kind).sort()).toEqual(['agreement', 'project']);
    for (const a of found) expect(codes(a)).toEqual(['500153', '511083']);
  });
  it('does not give one side’s own company, founded at a venue, to the pair', () => {
    const found = run(`${pair}当天，重庆某物流集团在荣昌区揭牌成立。`);
    expect(found).toEqual([]);
  });
});

describe('two named places of one side signing with each other, in an article about the economic circle', () => {
  const circle = '为推动成渝地区双城经济圈建设，';
  it('is an agreement within the circle, as the labelling rules count it', () => {
    const [a, ...rest] = run(`${circle}5月8日，泸州市与宜宾市签署了全面合作协议。`);
    expect(rest).toEqual([]);
    expect(codes(a!)).toEqual(['510500', '511500']);
  });
  it('reads pairs signing 分别 one by one', () => {
    const found = run(`${circle}泸州市与宜宾市、自贡市与内江市分别签署了合作协议。`);
    expect(found.map(codes)).toEqual([
      ['510500', '511500'],
      ['510300', '511000'],
    ]);
  });
  it('is none in an article that does not name the circle, nor between a prefecture and its own county', () => {
    expect(run('5月8日，泸州市与宜宾市签署了全面合作协议。')).toEqual([]);
    expect(run(`${circle}成都市与彭州市签署了合作协议。`)).toEqual([]);
  });
});

describe('several acts in one sentence, each its own', () => {
  it('ends a list of things made at an item opened by a verb (共建A平台、联合招商、共建B园区)', () => {
    const found = run('5月2日，荣昌区与隆昌市联合成立陶瓷产业工作专班，共建供需信息对接平台、联合对外招商、共建陶瓷产业合作园区。');
    expect(found.map((a) => a.title_zh.replace(/^.*：/u, '')).sort()).toEqual(['供需信息对接平台', '陶瓷产业合作园区', '陶瓷产业工作专班']);
  });
  it('reads what each clause sets up, once the pair is the subject (双方…，建立…机制，搭建起…平台)', () => {
    const found = run('5月2日，荣昌区与隆昌市签署合作协议。具体来看，双方打通物流通道，建立陶瓷产业协同工作机制，搭建起线上供应链对接平台。');
    const platform = found.find((a) => a.title_zh.includes('线上供应链对接平台'));
    expect(platform && codes(platform)).toEqual(['500153', '511083']);
  });
  it('reads no joint act where the pair is named inside an object or plans it', () => {
    const found = run('5月2日，荣昌区与隆昌市签署合作协议。两地加强农业合作，推动建立两地农产品加工基地。两地将构建陶瓷发展共同体。');
    expect(found.map((a) => a.kind)).toEqual(['agreement']);
  });
});

describe('work told in sum: lists of counted groups, mechanisms reached or running, statements published together', () => {
  const pair = '5月2日，荣昌区与隆昌市签署合作协议。';
  it('reads each counted group of a list (A等6个职教集团、B等4个联盟), a school group being an alliance', () => {
    const found = run(`${pair}两年来，两地共同成立了陶瓷产业职教集团等3个职教集团、夏布产业发展联盟等2个联盟。`);
    const alliances = found.filter((a) => a.kind === 'alliance').map((a) => a.title_zh.replace(/^.*：/u, ''));
    expect(alliances).toEqual(['陶瓷产业职教集团', '其余2个职教集团', '夏布产业发展联盟', '其余1个联盟']);
  });
  it('reads mechanisms 达成 in a counted list, and a list of mechanisms told as running already', () => {
    const reached = run(`${pair}此外，双方还就深化合作达成干部互访交流、信息定期通报等2项机制。`).filter((a) => a.kind === 'mechanism');
    expect(reached).toHaveLength(2);
    const running = run(`${pair}围绕濑溪河治理，荣昌与隆昌并肩作战，联合巡河、联合执法等机制已常态化运转。`).filter((a) => a.kind === 'mechanism');
    // (Two named ways of working, each its own: the tuning labels count them item by item, round 14.)
    expect(running.map(codes)).toEqual([['500153', '511083'], ['500153', '511083']]);
  });
  it('reads a consensus two bodies published together (共同发表了《…共识》)', () => {
    const [a, ...rest] = run('6月1日，泸州市文化广电旅游局与永川区文化旅游委共同发表了《泸永文旅融合发展共识》。');
    expect(rest).toEqual([]);
    expect(codes(a!)).toEqual(['500118', '510500']);
  });
  it('places newspapers and media groups by the place they are named for', () => {
    const [a] = run('6月1日，重庆晨报与成都商报签署战略合作协议。');
    expect(a!.parties.map((p) => `${p.name}:${p.code}`)).toEqual(['重庆晨报:500000', '成都商报:510100']);
  });
});

describe('what is not an act of the two sides: a partner outside both provinces, a demonstrative, a judgement about an act', () => {
  it('takes no partner from the text around when the sentence’s partner lies outside both provinces', () => {
    const found = run('5月2日，荣昌区与隆昌市签署合作协议。此外，荣昌区还与贵州省仁怀市签订了旅游合作协议。');
    expect(found).toHaveLength(1);
  });
  it('does not join a clause’s signers with another province’s or country’s partner to the sentence’s other clauses', () => {
    const found = run('会上，荣昌区某公司与隆昌市某公司签订《陶瓷合作协议》，荣昌区陶瓷研究所、越南某陶瓷公司签订《技术合作协议》。');
    expect(found.map((a) => a.title_zh.replace(/^.*：/u, ''))).toEqual(['《陶瓷合作协议》']);
  });
  it('reads no new act in 签订了这样一个协议', () => {
    expect(run('荣昌区与隆昌市签署合作协议。“感谢两地税务部门签订了这样一个税收服务协议，帮助我们拓宽了视野。”')).toHaveLength(1);
  });
  it('reads no act in 成立X联盟对于…具有重要意义', () => {
    expect(run('荣昌区负责人在会上谈到，成立荣隆陶瓷产业联盟对于促进两地产业协同发展，具有重要意义。')).toEqual([]);
  });
});

describe('a page’s headline and a ceremony held together', () => {
  it('reads a headline whose 川渝 stands for the bodies of its story’s one signing as that signing', () => {
    const text = '川渝图书馆签署数字文献共享协议 上万册古籍跨省协作开发\n\n2023-03-23 17:07  发布:某网\n\n3月22日，四川省图书馆、重庆市图书馆签署了《关于四川省图书馆馆藏清代地方志与重庆市图书馆馆藏民国报刊数字资源共享协议》，约定分批共享资源。';
    const found = run(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.quote).toContain('3月22日');
  });
  it('ends a headline run into the first paragraph on its line, set off by a space', () => {
    const text = '川渝签署备忘录推进旅游服务一体化 川渝两地，情同一脉。5月2日，四川省文化和旅游厅与重庆市文化旅游委签署《旅游服务一体化合作备忘录》。';
    const found = run(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.quote).toContain('5月2日');
  });
  it('reads two sides holding their signing ceremony together as a signing', () => {
    const [a, ...rest] = run('3月13日，荣昌区法院与隆昌市法院共同举行“司法协作视频会议暨合作共建云签约仪式”。');
    expect(rest).toEqual([]);
    expect(codes(a!)).toEqual(['500153', '511083']);
  });
  it('reads 川、渝 opening a list of provinces by their one-character names as the two provinces', () => {
    const [a] = run('11月8日，川、渝、鄂、湘的20多家物流企业共同签署了长江物流战略合作协议。');
    expect(codes(a!)).toEqual(['500000', '510000']);
    // (named by the sentence, not standing in for places nobody named)
    expect(a!.reasons ?? []).not.toContain('province-parties');
  });
});

describe('a thing whose founders a relative clause names (由A、B共同组建的X)', () => {
  it('is the founders’ thing, its kind its noun’s', () => {
    const [a, ...rest] = run('5月14日，由荣昌区清升镇、隆昌市石燕桥镇共同组建的“荣隆边界产业发展联合委员会”揭牌仪式在清升镇举行。');
    expect(rest).toEqual([]);
    expect(a!.kind).toBe('mechanism');
    expect(codes(a!)).toEqual(['500153', '511083']);
  });
});

describe('an act named as the work’s aim, means or time, not told as done', () => {
  it('reads no act in a thing named in a purpose or means clause (为推动共建X，…; 抢抓参与共建X等机遇，…)', () => {
    expect(run('为推进荣昌区与隆昌市共建陶瓷产业园，两地负责人召开座谈会。')).toEqual([]);
    expect(run('当前，隆昌抢抓参与荣昌区共建陶瓷产业园等重大机遇，勾勒发展布局。')).toEqual([]);
  });
  it('reads no new signing in a document named by its kind whose signing is the time of what follows', () => {
    const found = run('5月2日，荣昌区教委与隆昌市教育局签署了职业教育协同发展框架协议。合作协议签署后，两地举行了职业教育联盟揭牌仪式。');
    expect(found.map((a) => a.kind).sort()).toEqual(['agreement', 'alliance']);
  });
});
