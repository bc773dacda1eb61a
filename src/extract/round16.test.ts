import { describe, expect, it } from 'vitest';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 16: an agreement told as the event where it happened (A与B…签约仪式在Z举行, X联盟成立大会在Z召开,
// a shared body's named meeting). Sentences written for the test, no article's words.
const run = extractorFor('round16.txt', '2022-06-01');
const read = (text: string) => run(text).map((a) => ({ kind: a.kind, codes: partyCodes(a).join(',') }));

describe('a signing ceremony told as the event (A与B…签约仪式(在Z)举行)', () => {
  it('is the two sides\' agreement', () => {
    expect(read('3月2日，成都市青羊区与重庆市九龙坡区文化交流合作签约仪式在成都举行。')).toEqual([{ kind: 'agreement', codes: '500107,510105' }]);
  });

  it('in traditional characters too', () => {
    expect(read('4月1日，江北區與鄰水縣戰略合作簽約儀式在鄰水舉行。')).toEqual([{ kind: 'agreement', codes: '500105,511623' }]);
  });

  it('with a second act joined by 暨 (签约暨揭牌仪式; read before this round too, a guard)', () => {
    const got = read('近日，荣昌区与泸县现代农业园区项目签约暨揭牌仪式在泸县举行。');
    expect(got).toHaveLength(1);
    expect(got[0]!.codes).toBe('500153,510521');
  });

  it('is nothing when one side holds its own signing (招商签约仪式; a guard)', () => {
    expect(read('3月5日，江北区2022年招商引资项目集中签约仪式在江北举行。')).toEqual([]);
  });
});

describe('an alliance\'s founding meeting told as the event (X联盟成立大会(在Z)召开|举行)', () => {
  it('is an alliance of the region its name holds (成渝地区双城经济圈: the provinces, as X联盟成立 reads it)', () => {
    expect(read('近日，成渝地区双城经济圈职业院校联盟成立大会在重庆市永川区召开。')).toEqual([{ kind: 'alliance', codes: '500000,510000' }]);
  });

  it('of the two provinces for 川渝', () => {
    expect(read('5月9日，川渝毗邻地区旅游推广大联盟成立大会在达州举行。')).toEqual([{ kind: 'alliance', codes: '500000,510000' }]);
  });

  it('in traditional characters', () => {
    expect(read('5月9日，川渝毗鄰地區旅遊推廣大聯盟成立大會在達州舉行。')).toEqual([{ kind: 'alliance', codes: '500000,510000' }]);
  });

  it('founded at a meeting held elsewhere (X联盟在Z举办的…主会场宣布成立)', () => {
    expect(read('9月5日，川渝毗邻地区康养产业联盟在合川区举办的推进大会主会场宣布成立。')).toEqual([{ kind: 'alliance', codes: '500000,510000' }]);
  });

  it('with a second event joined by 暨 (X联盟成立暨…会议在Z召开)', () => {
    expect(read('6月2日，川渝毗邻地区家政服务联盟成立暨经验交流会议在合川召开。')).toEqual([{ kind: 'alliance', codes: '500000,510000' }]);
  });
});

describe('a shared body\'s named meeting told as the event (X工作会/联席会 在Z召开)', () => {
  it('is a mechanism of the compound its name holds (遂潼 → 遂宁 + 潼南)', () => {
    expect(read('6月3日，遂潼川渝毗邻地区文旅一体化发展工作会在潼南召开。')).toEqual([{ kind: 'mechanism', codes: '500152,510900' }]);
  });

  it('a joint meeting joined to another by 暨 (X联席会暨Y会 在Z召开; read before this round too, a guard)', () => {
    expect(read('4月8日，成渝地区双城经济圈应急管理区域协作联席会暨经验交流会日前在泸州召开。')).toEqual([{ kind: 'mechanism', codes: '500000,510000' }]);
  });

  it('a joint meeting joined by 暨 to a longer second one (X联席会暨…总结会日前在Z召开)', () => {
    expect(read('本报泸州4月8日电（记者 王某）成渝地区双城经济圈应急管理区域协作联席会暨联合演练工作总结交流会日前在四川泸州召开。')).toEqual([{ kind: 'mechanism', codes: '500000,510000' }]);
  });

  it('is nothing for one side\'s own meeting, a promotion or a forum (a guard)', () => {
    expect(read('4月，大竹县召开2022年全县经济工作会。')).toEqual([]);
    expect(read('5月，成渝地区双城经济圈文旅资源推介会在重庆举行。')).toEqual([]);
    expect(read('7月，成渝地区双城经济圈数字经济论坛在成都举行。')).toEqual([]);
  });
});

describe('a wire dateline (本报X…日电, 新华社X…日电) names where the report was filed, not a party', () => {
  it('leaves the place of the dateline out of the parties', () => {
    expect(read('本报达州5月8日电（记者 李某）川渝两地应急管理部门日前签署区域应急联动合作协议。').map((a) => a.codes)).toEqual(['500000,510000']);
  });
});
