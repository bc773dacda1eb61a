import { describe, expect, it } from 'vitest';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 6: general mechanisms, each tested with sentences written for the test (no article's words).
const run = extractorFor('round6.txt', '2023-05-01');
const codes = partyCodes;

describe('a body named by its place, a name of its own and a suffix (四川X科技馆, 成都X旅行社)', () => {
  it('places museums, newspapers and travel agencies by the place their name opens with', () => {
    const found = run('当日，四川美术馆与重庆美术馆、成都青山国际旅行社与重庆长江旅行社分别签订合作协议。');
    expect(found.map((a) => codes(a).join('+'))).toEqual(['500000+510000', '500000+510100']);
  });
});

describe('a district whose short name is an everyday word, before a court or a procuratorate (东坡法院)', () => {
  it('is that district’s body', () => {
    const [a, ...rest] = run('5月8日，永川区法院与东坡法院签订了司法协作框架协议。');
    expect(rest).toEqual([]);
    expect(codes(a!)).toEqual(['500118', '511402']);
  });
});

describe('a list of named alliances before 成功签约', () => {
  it('reads every alliance of the list, however long', () => {
    const found = run('目前，川渝两地教育部门推动的高校图书馆联盟、职业院校实训联盟、中小学科创教育联盟、体育教育联盟、艺术教育联盟、学前教育联盟等20个联盟成功签约。');
    expect(found.map((a) => a.kind)).toEqual(Array(6).fill('alliance'));
    expect(found.map((a) => a.title_zh.replace(/^.*：/u, ''))).toContain('体育教育联盟');
  });
});

describe('a counted list of mechanisms (建立A、B、C等5项合作机制)', () => {
  it('reads each named mechanism of a counted list as its own', () => {
    const found = run('5月6日，荣昌区与隆昌市签订协议，建立河道联合巡查、联合执法、信息共享等5项合作机制。');
    expect(found.filter((a) => a.kind === 'mechanism')).toHaveLength(3);
  });
  it('keeps a scheme named in quotes (“六联”工作机制) as one', () => {
    const found = run('5月6日，荣昌区与隆昌市建立组织联建、城市联管、平安联防等“六联”工作机制。');
    expect(found.filter((a) => a.kind === 'mechanism')).toHaveLength(1);
  });
});

describe('an act with its partner named and its subject left out (与重庆市X局签署…)', () => {
  it('takes the other side from the headline', () => {
    const found = run('四川省科技厅推进川渝科技合作\n今年以来，我省扎实推进川渝合作。成立专项工作组，与重庆市科技局签署科技资源共享合作协议。');
    const signed = found.find((a) => a.kind === 'agreement');
    expect(signed).toBeDefined();
    expect(codes(signed!)).toEqual(['500000', '510000']);
  });
  it('lets the other side’s province stand in when the article never names its own place, said so', () => {
    const found = run('文旅工作有新进展\n今年以来，文旅工作扎实推进，与重庆市荣昌区签署了文旅合作协议。');
    expect(found).toHaveLength(1);
    expect(codes(found[0]!)).toEqual(['500153', '510000']);
    expect(found[0]!.reasons).toContain('province-parties');
  });
});

describe('双方/两地 when the article names the pair only after the act', () => {
  it('takes the places the whole article names most on each side, not the provinces', () => {
    const found = run(
      '营山县代表团来访考察\n6月23日，南充市营山县代表团来访考察。双方表示，将缔结友好区县。\n合川区委书记主持座谈会，营山县委书记讲话。代表团参观了合川区的企业，了解合川发展情况。',
    );
    expect(found).toHaveLength(1);
    expect(codes(found[0]!)).toEqual(['500117', '511322']);
  });
});

describe('things built together listed before their count (共建A联盟、B党组织、C联合党支部12个)', () => {
  it('reads each item with a kind of its own, the parties from the paragraph', () => {
    const found = run('荣昌区和隆昌市山水相连。近年来，两地共建毗邻村镇产业联盟、边界联合党支部12个，推动两地融合发展。');
    expect(found.map((a) => a.kind).sort()).toEqual(['alliance', 'mechanism']);
    for (const a of found) expect(codes(a)).toEqual(['500153', '511083']);
  });
});

describe('a joint meeting held (成功举办…联席会议)', () => {
  it('is a mechanism of the paragraph’s pair, and a region named after the act is no party', () => {
    const found = run('荣昌区和隆昌市山水相连。两地签署文旅合作协议，成功举办川渝毗邻地区文旅联盟联席会议。');
    expect(found.map((a) => a.kind).sort()).toEqual(['agreement', 'mechanism']);
    for (const a of found) expect(codes(a)).toEqual(['500153', '511083']);
  });
});

describe('things carried out together, listed with 等 and no head noun (共同实施了A、B、C等)', () => {
  it('reads each item as a project of the act’s parties', () => {
    const found = run('去年，荣昌区清江镇还与隆昌市石碾镇共同实施了河道清淤、堤岸绿化、步道修建等。');
    expect(found.map((a) => a.kind)).toEqual(['project', 'project', 'project']);
    for (const a of found) expect(codes(a)).toEqual(['500153', '511083']);
  });
});

describe('patrols and law enforcement done together (一起开展跨界巡河, 联合开展执法检查)', () => {
  it('is a mechanism of the two named places', () => {
    const [a, ...rest] = run('8日，荣昌区清江镇河长与隆昌市石碾镇河长相约在界河，一起乘船开展跨界巡河。');
    expect(rest).toEqual([]);
    expect(a!.kind).toBe('mechanism');
    expect(codes(a!)).toEqual(['500153', '511083']);
  });
});

describe('a clause opened by 通过与X… (its subject left out)', () => {
  it('takes the subject from what the article names on the other side', () => {
    const found = run('荣昌区清江镇抓好河流治理\n荣昌区清江镇负责人说，近年来，我们通过与隆昌建立跨界协作机制，解决了治理难题。');
    const mech = found.find((a) => a.kind === 'mechanism');
    expect(mech).toBeDefined();
    expect(codes(mech!)).toEqual(['500153', '511083']);
  });
});

describe('a plan the two governments approved for issue (《X方案》已经A和B同意，现印发)', () => {
  it('is a plan of both', () => {
    const [a, ...rest] = run('《深化川渝文旅共建共享行动方案》已经重庆市政府和四川省政府同意，现印发给你们，请认真贯彻执行。');
    expect(rest).toEqual([]);
    expect(a!.kind).toBe('plan');
    expect(codes(a!)).toEqual(['500000', '510000']);
  });
});

describe('两地法院 a few paragraphs after the pair was named', () => {
  it('are the pair’s bodies, not the provinces', () => {
    const found = run('5月8日，永川区法院一行到东坡法院考察调研。\n双方参观了调解中心。\n随后，两地法院共同签订了司法协作框架协议。');
    expect(found).toHaveLength(1);
    expect(codes(found[0]!)).toEqual(['500118', '511402']);
  });
});

describe('an act denied (没有开通, 尚未签署)', () => {
  it('is no agreement', () => {
    expect(run('荣昌区清江镇与隆昌市石碾镇之间，两地一直没有开通直达公交。')).toEqual([]);
  });
});

describe('a clause that opens with a verb of doing together and names no one (…，共建A联盟、B联合党支部12个)', () => {
  it('takes the pair the article is about, a county over its prefecture', () => {
    const found = run('深化毗邻合作\n遂宁市安居区和重庆市潼南区山水相连。\n近年来，打破行政壁垒，共建毗邻村镇产业联盟、边界联合党支部12个，推动融合发展。');
    expect(found.map((a) => a.kind).sort()).toEqual(['alliance', 'mechanism']);
    for (const a of found) expect(codes(a)).toEqual(['500152', '510904']);
  });
});

describe('a compound’s prefecture in an article about one county of it (遂潼 in a 安居区 paper)', () => {
  it('is that county, the only one of the prefecture the article names', () => {
    const found = run('安居区深化毗邻合作\n遂宁市安居区地处遂潼川渝毗邻地区。\n近年来，遂潼两地签订区域联动发展框架协议，推动融合发展。');
    expect(found).toHaveLength(1);
    expect(codes(found[0]!)).toEqual(['500152', '510904']);
  });
  it('stays the prefecture when the article names it on its own as often', () => {
    const found = run('遂宁市深化毗邻合作\n遂宁市和安居区干部参加会议。\n近年来，遂潼两地签订区域联动发展框架协议，推动融合发展。');
    expect(found).toHaveLength(1);
    expect(codes(found[0]!)).toEqual(['500152', '510900']);
  });
});

describe('a policy’s list of aims (支持…，共建X)', () => {
  it('is no act, even in an article about a pair', () => {
    expect(run('荣昌区和隆昌市山水相连。\n支持同根同源的非遗项目联合申报，共建“非遗传承示范区”。')).toEqual([]);
  });
});

describe('pairs of bodies signing 分别, after a first group that is no pair (A、B与C、D与E、F与G分别签订)', () => {
  it('reads one agreement per pair', () => {
    const found = run('当日，川渝文联、四川省书法促进会与重庆市书画创作研究会、四川美术馆与重庆美术馆、四川文艺报社与重庆文艺报社也分别签订协议。');
    expect(found.map((a) => a.parties.map((p) => p.name).sort().join('+'))).toEqual(
      expect.arrayContaining(['四川省书法促进会+重庆市', '四川美术馆+重庆美术馆', '四川文艺报社+重庆文艺报社']),
    );
    for (const a of found) expect(a.parties).toHaveLength(2);
  });
});

describe('a city paper’s own bodies listed before 分别与 (市人民检察院、市司法局分别与…)', () => {
  it('reads one agreement per body, each of the paper’s city', () => {
    const found = run('达州市与万州区深化政法合作\n\n会上，市委政法委与重庆市万州区委政法委签署合作方案，市人民检察院、市司法局分别与万州区对应单位签署合作方案。');
    const bodies = found.map((a) => a.parties.map((p) => p.name).sort().join('+'));
    expect(bodies.some((b) => b.includes('达州市人民检察院'))).toBe(true);
    expect(bodies.some((b) => b.includes('达州市司法局'))).toBe(true);
  });
});

describe('two signings of one sentence between different bodies of the same places', () => {
  it('are two agreements, the second even when the page cuts its document’s name', () => {
    expect(run('会上，荣昌区委统战部、隆昌市委统战部签订友好合作协议，荣昌区工商联、隆昌市工商联签订友好商会合作协议。')).toHaveLength(2);
    expect(run('会上，荣昌区委统战部、隆昌市委统战部签订友好合作协议，荣昌区工商联、隆昌市工商联签订友好商会合作协')).toHaveLength(2);
  });
  it('a headline naming the places where its story names their bodies is the story’s', () => {
    const found = run('荣昌区统战部和隆昌市统战部签订友好合作协议\n\n会上，荣昌区委统战部、隆昌市委统战部签订友好合作协议。');
    expect(found).toHaveLength(1);
  });
});

describe('a clause naming both sides of its own act', () => {
  it('gives that act its parties, not the clause before’s', () => {
    const found = run('会上，荣昌区委统战部、隆昌市委统战部签订友好合作协议，荣昌区工商联、隆昌市工商联签订友好商会合作协议。');
    expect(found.map((a) => a.parties.map((p) => p.name).sort().join('+'))).toEqual(['荣昌区委+隆昌市委', '荣昌区工商联+隆昌市工商联']);
  });
});

describe('川渝 describing a thing or a region (川渝毗邻地区的载体, 共建川渝美丽乡村示范带) in an article about a pair', () => {
  it('is not the parties: the pair the paragraph names is', () => {
    const found = run('荣昌区清江镇和隆昌市石碾镇山水相连，两镇共建便民驿站。\n他介绍，驿站作为川渝毗邻地区协同治理的载体，已实现两地政务通办。');
    const mech = found.find((a) => a.kind === 'mechanism');
    expect(mech).toBeDefined();
    expect(codes(mech!)).toEqual(['500153', '511083']);
  });
  it('is not the parties of a list item that names no one (三是共建川渝X示范带)', () => {
    const found = run('荣昌区与隆昌市将在五方面深化合作。\n三是共建川渝美丽乡村示范带，共同申报农业示范区。');
    const belt = found.find((a) => a.title_zh.includes('美丽乡村示范带'));
    expect(belt).toBeDefined();
    expect(codes(belt!)).toEqual(['500153', '511083']);
  });
});

describe('an agreement named by its parties with no verb (A、B《X框架协议》的任务; A、B两区县X协议的实践)', () => {
  it('is the agreement of those parties', () => {
    const [a, ...rest] = run('此举旨在落实好荣昌区教委、隆昌市教育局《教育协同发展框架协议》的重点任务。');
    expect(rest).toEqual([]);
    expect(a!.kind).toBe('agreement');
    expect(codes(a!)).toEqual(['500153', '511083']);
    const [b] = run('本次活动是对荣昌、隆昌两区县战略合作框架协议的一次实践。');
    expect(codes(b!)).toEqual(['500153', '511083']);
  });
  it('is not a document named after a verb of following it with no parties before it (按照《X协议》)', () => {
    expect(run('按照《教育协同发展框架协议》要求，各校开展交流。')).toEqual([]);
  });
});

describe('false alarms of kinds seen in the tuning articles', () => {
  it('does not take a signing pointed back to (此次签署…，双方将…) for a second one', () => {
    const found = run('4月22日，四川省农村信用社联合社与重庆农村商业银行签署了《金融合作框架协议》。\n仪式上，负责人作了讲话，介绍了发展情况。\n此次签署战略合作协议，双方将以优势互补为基础，共同探索金融服务新模式。');
    expect(found).toHaveLength(1);
  });
  it('does not take support for others’ work (大力支持川渝共建X) for an act', () => {
    expect(run('聚焦金融科技创新，大力支持川渝共建西部科学城，助力完善科技基础设施。')).toEqual([]);
  });
  it('does not take a venue (在重庆X会展中心…签约仪式上) for a party', () => {
    expect(run('在重庆悦来会展中心第二届“西洽会”开幕式暨重大项目签约仪式上，通川区作为达州市唯一代表，与一家建设集团签订《物流园区战略合作协议》。')).toEqual([]);
  });
});
