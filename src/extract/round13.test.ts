import { describe, expect, it } from 'vitest';
import { itemCandidates } from './item-candidates';
import { sharedHeadItems } from './shared-head';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 13: named lists, item by item (LABELLING.md: "X联盟、Y联盟" is two agreements, "27个联盟" one).
// Sentences written for the test, no article's words.
const run = extractorFor('round13.txt', '2022-06-01');
const kinds = (text: string) => run(text).map((a) => a.kind);

describe('named lists after an attributive act (携手启动的A、B…等N大X联盟)', () => {
  it('reads each named item of a counted group whose count is its names', () => {
    const a = run('7月2日，荣昌区、隆昌市携手启动的夏布、陶瓷、预制菜、文旅等四大产业联盟已聚集200家企业。');
    expect(a.map((x) => x.kind)).toEqual(['alliance', 'alliance', 'alliance', 'alliance']);
    expect(a.every((x) => partyCodes(x).join() === '500153,511083')).toBe(true);
    expect(a.map((x) => x.title_zh).join()).toContain('陶瓷产业联盟');
  });

  it('keeps a counted group whose items are not named as one, and a shorter list than its count as one', () => {
    expect(kinds('7月2日，荣昌区、隆昌市携手启动的四大产业联盟已聚集200家企业。')).toEqual(['alliance']);
    expect(kinds('7月2日，荣昌区、隆昌市携手启动的夏布、陶瓷等四大产业联盟已聚集200家企业。')).toEqual(['alliance']);
  });
});

describe('named items in the sentence after the act that counted them (确定N个合作项目。项目包括A、B…)', () => {
  it('reads each item the next sentence names, with the parties of the act', () => {
    const a = run('7月2日，荣昌区与隆昌市召开合作推进会，共同确定了4个重点合作项目。项目包括夏布文创街区、陶瓷研学基地、预制菜冷链中心、双城旅游年卡等4个项目。');
    // (Each of its own noun's kind, 冷链中心 a mechanism; the act's where the name says none.)
    expect(a.map((x) => x.kind)).toEqual(['project', 'project', 'mechanism', 'project']);
    expect(a.every((x) => partyCodes(x).join() === '500153,511083')).toBe(true);
    expect(a.map((x) => x.title_zh).join()).toContain('陶瓷研学基地');
  });

  it('keeps the rest of a count the names do not reach as one group', () => {
    const a = run('7月2日，荣昌区与隆昌市召开合作推进会，共同确定了5个重点合作项目。其中包括夏布文创街区、陶瓷研学基地等。');
    expect(a.map((x) => x.kind)).toEqual(['project', 'project', 'project']);
  });

  it('does not read the contents of one agreement, nor a list of another noun, as its items', () => {
    expect(kinds('7月2日，荣昌区与隆昌市签署了合作协议。协议包括加强交通互联、推动产业协作等内容。')).toEqual(['agreement']);
    expect(kinds('7月2日，荣昌区与隆昌市共同确定了4个重点合作项目。企业包括夏布公司、陶瓷公司、冷链公司、旅游公司。')).toEqual(['project']);
  });
});

describe('named documents the sides settled (商定了《A》)', () => {
  it('reads each document as a plan', () => {
    expect(kinds('7月2日，荣昌区与隆昌市商定了《2022年夏布产业合作工作要点》。')).toEqual(['plan']);
  });
});

describe('routes from each of several places to one (开通A、B、C至D的城际公交)', () => {
  it('reads one route per place of origin, each between its origin and the destination', () => {
    const a = run('7月2日，荣昌区相继开通隆昌市、内江市、自贡市至荣昌区的城际公交。');
    expect(a.map((x) => x.kind)).toEqual(['project', 'project', 'project']);
    expect(a.map((x) => partyCodes(x).join())).toEqual(['500153,511083', '500153,511000', '500153,510300']);
  });

  it('keeps one route as one, and a shuttle service is a route too', () => {
    expect(kinds('7月2日，荣昌区开通荣昌区至隆昌市的城际公交。')).toEqual(['project']);
    expect(run('7月2日，重庆港相继开通泸州港、宜宾港至重庆港的水水中转穿梭巴士。').map((x) => partyCodes(x).join())).toEqual(['500000,510500', '500000,511500']);
  });

  it('drops only the route from a place outside both provinces, not the others of the list', () => {
    expect(run('7月2日，重庆港相继开通云南水富港、泸州港、宜宾港至重庆港的水水中转穿梭巴士。').map((x) => partyCodes(x).join())).toEqual(['500000,510500', '500000,511500']);
  });
});

describe('the learned reading: named items before a counted head after an attributive act (shared-head.ts)', () => {
  // (Places masked as the extractor masks them: ◇ for each place's characters.)
  const fieldsOf = (text: string, masked: string) => {
    const item = itemCandidates(text, []).find((c) => c.trigger.object.endsWith('联盟'))!;
    return sharedHeadItems(text, masked, item.trigger)?.map((t) => t.object) ?? null;
  };
  it('reads each name before 等N大…联盟, the words between the count and the noun its own', () => {
    const text = '荣昌区、隆昌市携手启动的夏布、陶瓷、预制菜、文旅等四大产业联盟已聚集200家企业。';
    expect(fieldsOf(text, '◇◇◇、◇◇◇携手启动的夏布、陶瓷、预制菜、文旅等四大产业联盟已聚集200家企业。')).toEqual(['夏布产业联盟', '陶瓷产业联盟', '预制菜产业联盟', '文旅产业联盟']);
  });
  it('leaves a list shorter than its count as one group', () => {
    const text = '荣昌区、隆昌市携手启动的夏布、陶瓷等四大产业联盟已聚集200家企业。';
    expect(fieldsOf(text, '◇◇◇、◇◇◇携手启动的夏布、陶瓷等四大产业联盟已聚集200家企业。')).toBeNull();
  });
});
