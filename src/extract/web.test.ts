import { describe, expect, it } from 'vitest';
import { extractorFor, partyCodes } from './test-gazetteer';

const run = extractorFor('web.txt', '2023-05-03');
const codes = partyCodes;

describe('web news articles: the families of phrasing other outlets use', () => {
  it('reads 我区/我县/我市 as the outlet’s own place, named elsewhere in the article (site name, footer, most named)', () => {
    const text = '大足区人民政府网\n\n我区与安岳县签订文旅合作协议\n\n本报讯 3月5日，我区与四川省安岳县签订文旅合作协议。\n\n大足区融媒体中心 版权所有';
    const found = run(text);
    expect(found).toHaveLength(1);
    expect(codes(found[0]!)).toEqual(['500111', '512021']);
  });

  it('does not read the 本 of 基本/成本 or the 我 of 自我 as the outlet’s own place', () => {
    expect(run('大足区与安岳县的根本区别在于产业，降低成本县域经济。').length).toBe(0);
    expect(run('5月8日，基本区域与重庆市綦江区缔结为友好县区。')).toEqual([]);
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

  it('tells a headline once when its story names the same thing more fully (缔结友好城市 → 签订缔结友好城市关系协议书)', () => {
    const found = run('大足区与安岳县缔结友好城市\n\n5月8日，大足区与安岳县签订缔结友好城市关系协议书。');
    expect(found).toHaveLength(1);
    expect(found[0]!.quote).toMatch(/^5月8日/u);
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

  it('reads a page cut off inside a document’s name as a signing in the body, its name marked as cut', () => {
    const found = run('重庆市合川区双槐镇与四川华蓥市庆华镇加强交流合作\n\n近日，两镇联合开展人大代表视察。\n當天,,雙槐,、慶華兩地還共同簽署《關于加強深度合');
    const a = found.find((x) => x.kind === 'agreement')!;
    expect(codes(a)).toEqual(['500117', '511681']);
    expect(a.reasons ?? []).not.toContain('headline');
    expect(a.title_zh).toContain('深度合…');
  });

  it('ends a headline at a byline or page furniture, and leaves captions and metadata out of sentences', () => {
    const text = '川渝两地侨联签署合作协议\nxx.cn 02-24 四川在线消息(记者 李四)7月10日,重庆市侨联与四川省侨联签署战略合作协议。\n\n文章分类:区域动态,访问量:344次\n04/14\n\n荣昌区与隆昌市签署合作协议,共建产业园\n\n安岳石刻 资料图';
    const found = run(text);
    expect(found.length).toBeGreaterThan(1);
    expect(found.some((a) => a.quote.includes('川渝两地侨联'))).toBe(false);
    expect(found.some((a) => /访问量|资料图/u.test(a.quote))).toBe(false);
    expect(found.flatMap((a) => codes(a))).not.toContain('512021');
  });

  it('reads a region named as the aim of the work, or in the thing’s name after 双方, as no party', () => {
    // (Dated as the six counties' first meeting, April 2020: 长寿区 joined 明月山 with the 2021 plan.)
    const [a] = run('推动渝东北和川东北一体化发展 川渝6区县携手共建明月山绿色发展示范带', '2020-04-24');
    expect(codes(a!)).toEqual(['500155', '500231', '511623', '511703', '511723', '511724']);
    const found = run('荣县与荣昌区签订陶产业合作协议。根据协议，双方联合打造川南渝西陶产业联盟。');
    expect(found.find((x) => x.kind === 'alliance')!.parties.map((p) => p.code).sort()).toEqual(['500153', '510321']);
  });

  it('does not read a slogan in quotes as an act', () => {
    expect(run('七区县围绕“相拥明月山，共建示范带”主题，共商发展大计。')).toEqual([]);
  });

  it('tells a headline’s 川渝 once, as the bodies its story names', () => {
    const found = run('川渝两地对外友协签署框架合作协议\n\n7月7日,重庆市对外友协与四川省对外友协在渝举行座谈会,共同签署《四川省人民对外友好协会与重庆市人民对外友好协会框架合作协议》。');
    expect(found).toHaveLength(1);
    expect(found[0]!.parties.every((p) => p.level === 'organisation')).toBe(true);
  });

  it('reads a thing made together with a counted list of places as one agreement, not one per place', () => {
    const found = run('3月5日，城口县与四川宣汉、万源两地共创“大巴山国际旅游度假区”。');
    expect(found).toHaveLength(1);
    expect(codes(found[0]!)).toEqual(['500229', '511722', '511781']);
    // One side's plan (城口县将与…) stays below the line.
    expect(run('城口县将与四川宣汉、万源两地共创“大巴山国际旅游度假区”。')).toEqual([]);
  });

  it('reads any document issued together by its name, and a partner body of no known place by the paragraph’s pair', () => {
    const [a] = run('11月29日，重庆市人民政府、四川省人民政府联合印发《关于内江荣昌现代农业高新技术产业示范区总体方案的批复》。');
    expect(a!.kind).toBe('plan');
    const found = run('6月5日，两江新区与天府新区签署合作协议。漫客空间与天府新区行政审批局签署集群注册合作协议。');
    expect(found).toHaveLength(2);
    expect(codes(found[1]!)).toEqual(['500112', '510116']);
  });

  it('reads what an agreement is about (就…签署) as its subject, not an act or parties of its own', () => {
    const found = run('5月6日，梁平区与大竹县就共建明月山绿色发展示范带签署合作协议。');
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('agreement');
    expect(codes(found[0]!)).toEqual(['500155', '511724']);
  });

  it('reads 两地X部门 after named places as those places’ bodies, and 签下, 互设 as acts', () => {
    const [a] = run('5月6日，铜梁区、安岳县两地交通部门签订《交通合作协议》。');
    expect(codes(a!)).toEqual(['500151', '512021']);
    expect(run('3月1日，大足区与安岳县签下文旅合作大单。')).toHaveLength(1);
    const [b] = run('3月1日，大足区与安岳县互设“川渝通办”服务窗口。');
    expect(b!.kind).toBe('mechanism');
  });

  it('reads 我县 for a county that became a city, named in the document’s name or the footer', () => {
    const text = '我县与重庆市潼南区签订一体化发展合作协议\n\n6月7日,我县与重庆市潼南区召开座谈会,双方签订《射洪市潼南区一体化发展合作协议》。\n\n射洪市人民政府 版权所有';
    const found = run(text);
    expect(found).toHaveLength(1);
    expect(codes(found[0]!)).toEqual(['500152', '510981']);
    expect(found[0]!.reasons ?? []).not.toContain('province-parties');
  });

  it('counts list items: named documents and the rest of their count, fields with a count but no 等', () => {
    const a = run('3月5日，南川区与都江堰市签署了《教育合作协议》《卫生健康合作协议》等5个专项协议。');
    expect(a.map((x) => x.title_zh.replace(/^.*：/u, ''))).toEqual(['《教育合作协议》', '《卫生健康合作协议》', '其余3个专项协议']);
    expect(run('3月5日，南川区与都江堰市签订交通、产业、生态环保3个合作协议。')).toHaveLength(3);
  });

  it('reads a converter’s readings with a stray space (會(huì )議) and documents a joint meeting reviewed by name', () => {
    const [a] = run('12月28日,推動(dòng)成渝地區雙城經(jīng)濟圈建設重慶四川黨政聯(lián)席會(huì )議第八次會(huì )議在綿陽(yáng)召開(kāi)。');
    expect(a!.kind).toBe('mechanism');
    expect(codes(a!)).toEqual(['500000', '510000']);
    const found = run('12月27日，梁平区、达川区召开联席会议。会议审议了《明月山绿色发展示范带2024年工作要点》。');
    expect(found.some((x) => x.kind === 'plan' && x.title_zh.includes('工作要点'))).toBe(true);
    // One side's own meeting after it studied the joint meeting's spirit: no places, no agreement.
    expect(run('12月5日，区委常委会召开会议，传达学习推动成渝地区双城经济圈建设重庆四川党政联席会议精神。会议审议了《关于加强城市管理的意见》。')).toEqual([]);
  });

  it('knows a county by its zones and by its name before it became a district or a city', () => {
    const [a] = run('3月5日，长寿经开区与邻水县签署合作协议。');
    expect(codes(a!)).toEqual(['500115', '511623']);
    const [b] = run('3月5日，荣昌县与隆昌县签署合作协议。');
    expect(codes(b!)).toEqual(['500153', '511083']);
  });

  it('reads 双方X分局 as the bodies of the pair the article is about, even paragraphs later', () => {
    const found = run('1月5日，两江新区与天府新区签署合作协议。\n\n此外，双方公安分局签署警务合作机制。');
    expect(codes(found[found.length - 1]!)).toEqual(['500112', '510116']);
  });

  it('reads a compound in a 的-phrase of the thing’s name as whom it serves, not who made it', () => {
    const found = run('4月30日，大足区与资阳市签订合作协议。\n\n沿渝蓉高速公路，共同打造服务成渝两大都市的乡村旅游示范带。');
    expect(codes(found[found.length - 1]!)).toEqual(['500111', '512000']);
  });

  it('reads 该镇/该区 as the place the article is about', () => {
    const [a] = run('燕窝镇深化川渝合作\n\n本报讯 近日，该镇与四川省武胜县万隆镇签订了战略合作框架协议。');
    expect(codes(a!)).toEqual(['500117', '511622']);
  });

  it('reads a long sentence of several clauses cut off at the page’s end as body text, not a headline', () => {
    const found = run('3月5日，大足区与安岳县召开联席会议。\n\n会上，双方围绕文旅融合、交通互联、产业协作等方面深入交流，签订了战略合作框架协议，并就下一步加强人才交流、干部互派等工作进行了安排，推动两地');
    const a = found.find((x) => x.kind === 'agreement')!;
    expect(a.reasons ?? []).not.toContain('headline');
    expect(codes(a)).toEqual(['500111', '512021']);
  });

  it('reads a dateline (遂宁讯) as the outlet’s place: not a party, the strongest sign of 我市', () => {
    const found = run('隆昌市客商来访\n\n遂宁讯 5月8日，我市与重庆市潼南区签署文旅合作协议。');
    expect(found).toHaveLength(1);
    expect(codes(found[0]!)).toEqual(['500152', '510900']);
  });

  it('ends a headline over a dated first line, but not a printed line broken before a date', () => {
    const [a] = run('大足与四川眉山于\n5月8日签署文旅合作协议。');
    expect(a!.quote).toBe('大足与四川眉山于\n5月8日签署文旅合作协议。');
    const found = run('荣昌区与隆昌市签署合作协议\n5月8日,荣昌区与隆昌市在荣昌签署《荣隆合作框架协议》。');
    expect(found).toHaveLength(1);
    expect(found[0]!.quote).toMatch(/^5月8日/u);
  });

  it('counts the items a sentence names after a counted object (…5个专项协议，包括A、B、C等)', () => {
    const found = run('会上，南川区与都江堰市签署了5个专项协议，包括教育合作协议、卫生健康合作协议、文旅合作协议等。');
    expect(found.map((a) => a.title_zh.replace(/^.*：/u, ''))).toEqual(['教育合作协议', '卫生健康合作协议', '文旅合作协议']);
    expect(found.every((a) => a.reasons?.includes('list-item'))).toBe(true);
    const colon = run('会上，南川区与都江堰市签署了3个专项协议：教育合作协议、卫生健康合作协议、文旅合作协议。');
    expect(colon).toHaveLength(3);
    expect(colon.every((a) => codes(a).join() === '500119,510181')).toBe(true);
  });

  it('reads 市X in a Sichuan city’s paper facing a Chongqing place as that city’s body, not Chongqing’s', () => {
    const [a] = run('遂宁讯 5月8日，市发展改革委与潼南区发展改革委签署遂潼一体化合作协议。');
    expect(codes(a!)).toEqual(['500152', '510900']);
    const [b] = run('5月8日，市发展改革委与四川省发展改革委签署合作协议。');
    expect(codes(b!)).toEqual(['500000', '510000']);
  });
});
