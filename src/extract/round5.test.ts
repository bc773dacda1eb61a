import { describe, expect, it } from 'vitest';
import { sentences } from './segment';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 5: general mechanisms, each tested with sentences written for the test (no article's words).
const run = extractorFor('round5.txt', '2022-06-01');
const codes = partyCodes;

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

describe('a counted reference qualified by its side (重庆三区县, 四川两市) points back to that side’s latest list', () => {
  it('reads 重庆三区县 as the three Chongqing districts the article listed', () => {
    const found = run('6月1日，达州市与重庆市万州区、开州区、城口县分别签署了文旅合作协议。通过建立旅游协作机制，实现达州与重庆三区县游客互送。');
    const mech = found.find((a) => a.kind === 'mechanism');
    expect(mech).toBeDefined();
    expect(codes(mech!)).toEqual(['500101', '500154', '500229', '511700']);
  });
});

describe('a headline over a signing split partner by partner is the story’s', () => {
  it('does not list a headline whose parties are those of the split items again', () => {
    const found = run('达州市与重庆三区县签署文旅合作框架协议\n6月1日，达州市与重庆市万州区、开州区、城口县分别签署了《文旅合作框架协议》。\n达州市与重庆三区县签署文旅合作框架协议');
    expect(found.map((a) => codes(a).join('+'))).toEqual(['500101+511700', '500154+511700', '500229+511700']);
  });
});

describe('两地/双方 beside a region’s name (川渝毗邻地区) are the places the paragraph names, not the provinces', () => {
  it('takes the paragraph’s pair over 川渝 describing where they lie', () => {
    const found = run('据悉，荣昌和隆昌两地山水相连。近年来，两地发挥川渝毗邻地区的优势，建立了“一区两园”协作机制，共同推进产业发展。');
    expect(found).toHaveLength(1);
    expect(codes(found[0]!)).toEqual(['500153', '511083']);
  });

  it('does not take the places of a purpose clause (为推动…一体化发展) as parties', () => {
    const [a, ...rest] = run('为推动渝东北川东北地区一体化发展，当天，荣昌、隆昌两地签订了合作协议。');
    expect(rest).toEqual([]);
    expect(codes(a!)).toEqual(['500153', '511083']);
  });
});

describe('a joint meeting convened with no party named (…合作第二次联席会议在X召开) is a mechanism of both sides', () => {
  it('reads the meeting, its parties from the text around it or the provinces standing in', () => {
    const [a, ...rest] = run('4月1日，成渝地区双城经济圈建设交通合作第三次联席会议在荣昌区召开。');
    expect(rest).toEqual([]);
    expect(a!.kind).toBe('mechanism');
    expect(codes(a!)).toEqual(['500000', '510000']);
  });
});

describe('a web page’s furniture in traditional script (來源:, 編輯:, 原標題:) joins no sentence', () => {
  it('keeps the header lines out of the body’s first sentence', () => {
    const found = run('川渝兩地簽署文化合作協議\n2020-06-23 08:57:15來源:某某日報編輯:某某\n\n  原標題:攜手同行 川渝兩地簽署文化合作協議\n\n  某某日報訊 (記者 某某)6月22日,榮昌區與隆昌市簽署了文化合作協議。');
    expect(found.map((a) => codes(a).join('+'))).toEqual(['500153+511083']);
    expect(found[0]!.quote).not.toMatch(/來源|原標題/u);
  });

  it('reads a footer’s tags, repeat of the headline (本文標題:…) and source as lines of their own', () => {
    const text = '6月22日,榮昌區與隆昌市簽署了文化合作協議。\n本文標簽:文化,合作,\n本文標題:榮昌區與隆昌市簽署文化合作協議\n本文出處:http://example.cn/1.html';
    const lines = sentences(text).map((sp) => text.slice(sp.start, sp.end));
    expect(lines).toContain('本文標題:榮昌區與隆昌市簽署文化合作協議');
    expect(run(text)).toHaveLength(1);
  });
});

describe('a notice two bodies issue together (A、B关于印发X清单的通知) is a plan of both', () => {
  it('reads the notice of two sides’ offices as a plan issued together', () => {
    const [a, ...rest] = run('5月3日，荣昌区人民政府办公室、隆昌市人民政府办公室关于印发两地通办事项清单（第二批）的通知在官网公开。');
    expect(rest).toEqual([]);
    expect(a!.kind).toBe('plan');
    expect(codes(a!)).toEqual(['500153', '511083']);
  });

  it('does not read one side’s own notice as an agreement', () => {
    expect(run('5月3日，荣昌区人民政府办公室关于印发农业发展规划的通知在官网公开。')).toEqual([]);
  });
});

describe('a headline counting what its story counts (川渝两地签署多项…协议) is the story’s', () => {
  it('lists the signing once, from the body', () => {
    const found = run('川渝两地签署多项文化旅游合作协议\n来源：某某日报\n6月22日，在两地文旅部门座谈会上，川渝两地文旅部门签署多项协议。');
    expect(found).toHaveLength(1);
    expect(found[0]!.quote).toMatch(/^6月22日/u);
  });
});

describe('bodies of both sides listed by kind, each signing (法院、检察院、公安等部门分别签署), one agreement each', () => {
  it('reads one agreement per kind of body, each with the pair’s parties', () => {
    const found = run('6月1日，荣昌区与隆昌市召开政法工作联席会议。会上，两地法院、检察院、公安、税务等部门分别签署了合作协议。');
    const signed = found.filter((a) => a.kind === 'agreement');
    expect(signed).toHaveLength(4);
    for (const a of signed) expect(codes(a)).toEqual(['500153', '511083']);
  });

  it('keeps one agreement when the bodies sign together (共同签署)', () => {
    const found = run('6月1日，荣昌区与隆昌市召开政法工作联席会议。会上，两地法院、检察院、公安等部门共同签署了合作协议。');
    expect(found.filter((a) => a.kind === 'agreement')).toHaveLength(1);
  });
});

describe('two long document names sharing the last one’s head, with no 等 (A合作、B合作框架协议)', () => {
  it('reads two agreements when each name is long', () => {
    const found = run('6月1日，荣昌区与隆昌市签订了图书馆际资源共享合作、博物馆际展览交流合作框架协议。');
    expect(found).toHaveLength(2);
    for (const a of found) expect(codes(a)).toEqual(['500153', '511083']);
  });

  it('keeps fields of one agreement together (交通、产业合作框架协议)', () => {
    expect(run('6月1日，荣昌区与隆昌市签订了交通、产业合作框架协议。')).toHaveLength(1);
  });
});

describe('a district by a common variant or its former name (壁山 for 璧山, 开县, 郫县, 达县)', () => {
  it('reads the variant as the district', () => {
    const [a] = run('6月1日，壁山区与郫县签署了合作协议。');
    expect(codes(a!)).toEqual(['500120', '510117']);
    const [b] = run('6月1日，开县与达县签署了合作协议。');
    expect(codes(b!)).toEqual(['500154', '511703']);
  });
});

describe('a counted reference before its list (川渝五地联合发布…; then the five named)', () => {
  it('reads the count as the places the next sentences list', () => {
    const found = run('5月1日，川渝五地联合发布《柑橘产业合作宣言》。本次活动中，重庆市江津区、綦江区、永川区和四川省泸州市、宜宾市（江安县）等5个产区共同成立了柑橘产业联盟。');
    const first = found.find((a) => a.quote.startsWith('5月1日'));
    expect(first).toBeDefined();
    expect(codes(first!)).toEqual(['500110', '500116', '500118', '510500', '511523']);
  });
});

describe('a clause going on after 双方…； keeps the pair 双方 stood for', () => {
  it('reads 共建X； after 双方还共同打造Y； as the same pair’s act', () => {
    const found = run('6月1日，荣昌区与隆昌市签署了农业合作协议。签约后，两地还将互派干部挂职。\n此外，双方还共同打造了农业科技中心；共建川渝地区现代农业示范区；共同开展技术培训。');
    const zone = found.find((a) => a.title_zh.includes('现代农业示范区'));
    expect(zone).toBeDefined();
    expect(codes(zone!)).toEqual(['500153', '511083']);
  });
});

describe('documents signed at the same time, the documents first (《A》和《B》同步签署)', () => {
  it('reads each document as an agreement of the pair', () => {
    const found = run('6月1日，荣昌区与隆昌市签署了《战略合作协议》。在《战略合作协议》签署后，旨在共同提升治理水平的《河湖治理合作协议》和《水利监督合作框架协议》同步签署。');
    expect(found.map((a) => a.title_zh).sort()).toEqual(['荣昌、隆昌：《战略合作协议》', '荣昌、隆昌：《水利监督合作框架协议》', '荣昌、隆昌：《河湖治理合作协议》'].sort());
  });
});

describe('a document’s short name the article gives it (以下简称《X》) is that document', () => {
  it('does not read a signing named as the time of what follows (在《X》签署后) as a new one', () => {
    const found = run('6月1日，荣昌区人民政府与隆昌市人民政府签署了《关于深化农业领域合作的框架协议》。在《框架协议》签署后，《种业合作协议》和《渔业合作协议》同步签署。');
    expect(found).toHaveLength(3);
  });

  it('does not list the short name again as a new agreement', () => {
    const found = run('6月1日，荣昌区与隆昌市签署了《关于深化农业领域合作的框架协议》（以下简称《框架协议》）。在《框架协议》签署后，《种业合作协议》和《渔业合作协议》同步签署。');
    expect(found.map((a) => a.title_zh).sort()).toEqual(['荣昌、隆昌：《关于深化农业领域合作的框架协议》', '荣昌、隆昌：《渔业合作协议》', '荣昌、隆昌：《种业合作协议》'].sort());
  });
});

describe('a numbered joint meeting convened (第四次…合作推进会议召开) is a mechanism', () => {
  it('reads the recurring meeting of named places of both sides', () => {
    const found = run('5月25日，第三次荣昌与隆昌文旅合作推进会议在隆昌举行，研究了下一步工作。');
    expect(found.map((a) => a.kind)).toEqual(['mechanism']);
    expect(codes(found[0]!)).toEqual(['500153', '511083']);
  });

  it('does not read one side’s own numbered meeting', () => {
    expect(run('5月25日，荣昌区政府第三次常务会议召开。')).toEqual([]);
  });
});

describe('a bare signing (签约, 成功签约) of places whose specific agreement the article names is that agreement', () => {
  it('lists the signing once, by its document', () => {
    const found = run('荣昌区农业农村委与隆昌市农业农村局成功签约\n5月8日，荣昌区农业农村委与隆昌市农业农村局签署了《种业合作框架协议》。两地负责人出席并进行了签约。');
    expect(found).toHaveLength(1);
    expect(found[0]!.title_zh).toContain('《种业合作框架协议》');
  });
});

describe('work items decided together, firsts and joint recognitions (共同敲定…合作事项, 在全国首推…, 共同认定…)', () => {
  it('reads key items decided together as a plan of the pair', () => {
    const [a, ...rest] = run('6月1日，荣昌区与隆昌市召开座谈会，两地共同敲定了今年文旅重点合作事项。');
    expect(rest).toEqual([]);
    expect(a!.kind).toBe('plan');
    expect(codes(a!)).toEqual(['500153', '511083']);
  });

  it('reads a first the pair started together (两地在全国首推…) and a joint recognition (共同认定…) as mechanisms', () => {
    const found = run('6月1日，荣昌区与隆昌市签署了人社合作协议。两地在全国首推失业保险异地领取结算，共同认定12名“乡村工匠”。');
    expect(found.filter((a) => a.kind === 'mechanism')).toHaveLength(2);
    for (const a of found) expect(codes(a)).toEqual(['500153', '511083']);
  });

  it('does not read one side’s own first as an agreement', () => {
    expect(run('6月1日，荣昌区在全国首推生猪价格指数保险。')).toEqual([]);
  });
});

describe('a side’s count (重庆三区县) is read before any count of places that might look ahead', () => {
  it('keeps the side’s listed places, not a later list of as many', () => {
    const found = run('6月1日，达州市与重庆市万州区、开州区、城口县分别签署了文旅合作协议。达州与重庆三区县还建立了旅游协作机制。当天，万州、达州、开州三地文旅部门召开了座谈会。');
    const mech = found.find((a) => a.kind === 'mechanism');
    expect(codes(mech!)).toEqual(['500101', '500154', '500229', '511700']);
  });
});

describe('a headline naming more places than its story (a site’s section name, 安岳要闻…) is the story’s', () => {
  it('lists the meeting once, from the body', () => {
    const found = run('安岳要闻荣昌隆昌农业合作示范区建设领导小组第四次会议召开\n12月28日，荣昌隆昌农业合作示范区建设领导小组第四次会议在泸县召开。');
    expect(found).toHaveLength(1);
    expect(found[0]!.quote).toMatch(/^12月28日/u);
  });
});

describe('named projects under a shared head (A、B等合作共建项目) carried on (持续推动)', () => {
  it('reads each named project of the pair', () => {
    const found = run('12月28日，荣昌区与隆昌市召开联席会议。会议强调，两地要持续推动夏布文创园、安富陶瓷产业园等合作共建项目。');
    const projects = found.filter((a) => a.kind === 'project');
    expect(projects).toHaveLength(2);
    for (const a of projects) expect(codes(a)).toEqual(['500153', '511083']);
  });

  it('still reads a plan to start something (要推动…) as not done', () => {
    const planned = run('12月28日，荣昌区与隆昌市召开联席会议。会议强调，两地要推动夏布文创园、安富陶瓷产业园等合作共建项目。').filter((a) => a.kind === 'project');
    expect(planned).toHaveLength(2);
    expect(planned.every((a) => a.reasons?.includes('future'))).toBe(true);
    const carried = run('12月28日，荣昌区与隆昌市召开联席会议。会议强调，两地要持续推动夏布文创园、安富陶瓷产业园等合作共建项目。').filter((a) => a.kind === 'project');
    expect(carried.some((a) => a.reasons?.includes('future'))).toBe(false);
  });
});

describe('named projects built together, in a speech whose pair the article named before', () => {
  it('takes the article’s pair for A、B等合作共建项目 with no one named', () => {
    const found = run('12月28日，荣昌区与隆昌市召开联席会议。\n会议指出，要加强文物保护。要持续推动夏布文创园、安富陶瓷产业园等合作共建项目。');
    const projects = found.filter((a) => a.kind === 'project');
    expect(projects).toHaveLength(2);
    for (const a of projects) expect(codes(a)).toEqual(['500153', '511083']);
  });
});

describe('川渝 as a brand in a thing’s name (川渝产业合作示范园) is not the parties when the article just named the pair', () => {
  it('takes the pair of the paragraph before', () => {
    const found = run('6月1日，荣昌区和隆昌市就川渝产业合作示范园相关事宜进行了交流。\n区长在会上谈到，川渝产业合作示范园建设要先亮出牌子，建立协调机制，做到资源共享。');
    const mech = found.find((a) => a.kind === 'mechanism');
    expect(mech).toBeDefined();
    expect(codes(mech!)).toEqual(['500153', '511083']);
  });
});

describe('places in a clause of means (借力成德眉资同城化…等平台，) are not parties', () => {
  it('keeps the partners the act names, not the platform’s places', () => {
    const [a] = run('6月1日，荣昌区借力成德眉资同城化等合作平台，与隆昌市、泸县签订各类合作协议30余个。');
    expect(codes(a!)).toEqual(['500153', '510521', '511083']);
  });
});

describe('a body’s branch set up on the other side, told as what it is (X在Y建设的首家…医院)', () => {
  it('reads the hospital or campus set up across the line as a project', () => {
    const found = run('6月1日，荣昌区人民医院与隆昌市人民医院签约，这也是荣昌区人民医院在四川省建设的首家川渝合作示范医院。');
    expect(found.some((a) => a.kind === 'project' && codes(a).join('+') === '500153+511083')).toBe(true);
  });
});

describe('joint party bodies and companies set up with shared capital', () => {
  it('reads a joint party committee set up by both sides (成立联合党委) as a mechanism', () => {
    const found = run('6月1日，荣昌区清流镇与隆昌市石燕桥镇成立了毗邻地区联合党委。');
    expect(found.map((a) => a.kind)).toEqual(['mechanism']);
  });

  it('reads a company set up with capital from both (共同出资设立…公司) as a project', () => {
    const found = run('6月1日，荣昌区与隆昌市共同出资设立了陶瓷产业发展有限公司。');
    expect(found.map((a) => a.kind)).toEqual(['project']);
    expect(codes(found[0]!)).toEqual(['500153', '511083']);
  });
});

describe('insurance records moved across the line without obstacle (…保险关系无障碍转移接续)', () => {
  it('reads the transfer both sides run as a mechanism of the pair', () => {
    const found = run('6月1日，荣昌区与隆昌市签署了社保合作协议。两地共同推动养老保险关系无障碍转移接续，已办理300人次。');
    expect(found.filter((a) => a.kind === 'mechanism').map(codes)).toEqual([['500153', '511083']]);
  });
});

describe('两大新区 are the new areas the article named, not the latest pair of any places', () => {
  it('takes the last pair of new areas for 两大新区', () => {
    const found = run('6月1日，两江新区与天府新区签署了合作协议。\n同日，重庆北站综管局与成都火车站管委办建立了旅客服务机制。\n两大新区共同推动养老保险关系无障碍转移，已办理300人次。');
    const moved = found.find((a) => a.title_zh.includes('转移'));
    expect(codes(moved!)).toEqual(['500112', '510116']);
  });
});

describe('documents listed after a signing ceremony (举行了签约仪式。其中，第一批为《A》《B》)', () => {
  it('reads each named document as an agreement of the places its name gives', () => {
    const found = run('6月1日，活动上还举行了两轮集中签约仪式。其中，第一轮为《荣昌区农业农村委与隆昌市农业农村局种业合作备忘录》《荣昌区文旅委与隆昌市文广旅局文旅合作协议》。');
    expect(found.map(codes)).toEqual([['500153', '511083'], ['500153', '511083']]);
  });

  it('reads a document whose name the page cut off as a signing still', () => {
    const found = run('6月1日，活动上还举行了集中签约仪式。其中，第一轮为《荣昌区农业农村委与隆昌市农业农村局种业合作备忘录》《荣昌区文旅委与隆昌市文广旅局推动文旅协同发展');
    expect(found).toHaveLength(2);
  });
});

describe('a text with no end marks is read in pieces', () => {
  it('cuts a run-on text into sentences of at most 2000 characters, at a clause mark where there is one, covering it all', () => {
    const text = '荣昌区与隆昌市签署了合作协议两地共同建立协作机制，'.repeat(400);
    const spans = sentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const sp of spans) expect(sp.end - sp.start).toBeLessThanOrEqual(2000);
    for (const sp of spans.slice(0, -1)) expect(text[sp.end - 1]).toBe('，');
    expect(spans.map((sp) => text.slice(sp.start, sp.end)).join('')).toBe(text);
  });
});
