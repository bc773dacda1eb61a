import { describe, expect, it } from 'vitest';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 17: the most frequent false alarms, counted on tuning a–s and za–zm. Sentences written for the
// test, no article's words.
const run = extractorFor('round17.txt', '2022-06-01');
const read = (text: string) => run(text).map((a) => ({ kind: a.kind, codes: partyCodes(a).join(',') }));

describe('an act named as the subject of a judgement (X的开通，将…; X的签署，标志着…) is the one told before', () => {
  it('a bus line opened, then 川渝跨省公交的开通，填补了…: one project', () => {
    const got = read('5月8日，江北区至邻水县的跨省公交线路正式开通。\n川渝跨省公交的开通，填补了两地没有直达公交的空白。');
    expect(got).toEqual([{ kind: 'project', codes: '500105,511623' }]);
  });

  it('with 运营 after it and 不仅 (X的开通运营不仅…)', () => {
    expect(read('5月8日，江北区至邻水县的跨省公交线路正式开通。\n川渝跨省城际公交的开通运营不仅方便了群众，也让两地交流更加紧密。')).toHaveLength(1);
  });

  it('a signing, then X协议的签署，标志着…: one agreement', () => {
    const got = read('6月1日，荣昌区与隆昌市签署战略合作协议。\n荣隆两地教育合作协议的签署，标志着两地合作进入新阶段。');
    expect(got).toEqual([{ kind: 'agreement', codes: '500153,511083' }]);
  });

  it('in the same sentence as the act (…正式开通，川渝跨省公交的开通，填补了…)', () => {
    expect(read('5月8日，江北区至邻水县的跨省公交线路正式开通，川渝跨省公交的开通，填补了两地没有直达公交的空白。')).toHaveLength(1);
  });

  it('an act told only as done is still read (a guard: X与Y签署…协议，推动…)', () => {
    expect(read('6月1日，荣昌区与隆昌市签署战略合作协议，推动两地协同发展。')).toEqual([{ kind: 'agreement', codes: '500153,511083' }]);
  });

  it('an opening told as done with 的 before it in a place name is still read (a guard: …的公交线路正式开通)', () => {
    expect(read('5月8日，江北区至邻水县的跨省公交线路正式开通。')).toEqual([{ kind: 'project', codes: '500105,511623' }]);
  });
});

describe('a headline run into the page\'s furniture (您现在的位置：首页>…>正文X, 原标题：X) is the story\'s statement told again', () => {
  it('a bus line under 首页>…>正文 naming the city, its parties the story\'s', () => {
    const got = read('首页>交通>正文重庆至合江首条跨省城际公交开通\n来源：江津网 2022-06-02\n6月1日，江津区至合江县跨省城际公交线路正式开通。');
    expect(got).toEqual([{ kind: 'project', codes: '500116,510522' }]);
  });

  it('an opening under 原标题：, its parties the story\'s', () => {
    expect(read('原标题：川渝水运合作再加速 南充港-重庆港集装箱班轮航线开通\n5月8日，南充港至重庆果园港集装箱班轮航线正式开通。')).toEqual([{ kind: 'project', codes: '500105,511300' }]);
  });

  it('is kept when the story tells no such thing (a guard)', () => {
    expect(read('您现在的位置：首页>新闻中心>正文荣昌区与隆昌市签订战略合作协议\n6月1日，荣昌区举行招商推介会。')).toEqual([{ kind: 'agreement', codes: '500153,511083' }]);
  });
});

describe('a joint meeting\'s documents adopted 审议并通过 or 原则通过 (as 审议通过 is read)', () => {
  it('审议并通过了《A》和《B》: two plans of the meeting\'s sides', () => {
    const got = read('6月1日，江津区与合江县召开合作联席会议。会议审议并通过了《2022年江合两地合作工作要点》和《江合两地执法协作行动方案》。');
    expect(got.filter((a) => a.kind === 'plan').map((a) => a.codes)).toEqual(['500116,510522', '500116,510522']);
  });

  it('原则通过了《…方案》', () => {
    const got = read('6月1日，荣昌区与隆昌市召开合作联席会议。会议原则通过了《荣隆两地文化旅游合作行动方案》。');
    expect(got.filter((a) => a.kind === 'plan').map((a) => a.codes)).toEqual(['500153,511083']);
  });
});

describe('two sides\' departments adopting a joint plan at their meeting (原则通过《…》) are its parties, as places are', () => {
  it('重庆市文联 and 四川省文联: one plan', () => {
    const got = read('6月1日，重庆市文联与四川省文联召开联席会议，会议原则通过了《川渝文艺界2022年合作活动方案》。');
    expect(got.filter((a) => a.kind === 'plan').map((a) => a.codes)).toEqual(['500000,510000']);
  });

  it('not a party committee\'s own meeting (区委常委会审议了《…》; a guard)', () => {
    const got = read('重庆四川党政联席会议第五次会议召开。6月1日，渝北区委常委会审议了《渝北区2022年重点工作方案》。');
    expect(got.filter((a) => a.kind === 'plan')).toEqual([]);
  });
});
