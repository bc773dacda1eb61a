import { describe, expect, it } from 'vitest';
import type { Party } from '../../data/agreement-schema';
import { extractorFor, testGazetteer } from '../../extract/test-gazetteer';
import { partyWordsOf } from './retitle';
import { proposalsOf, withParties, withTitle } from './review-model';

const TEXT =
  '合川广安携手共建川渝文旅交通走廊\n\n本报讯（记者 李明）6月12日，合川区与广安市在合川签署《文化旅游和交通基础设施合作框架协议》。' +
  '根据协议，双方将联合推出“嘉陵江—华蓥山”精品旅游线路，互认景区门票优惠政策。';
const GUANGAN: Party = { name: '广安市', code: '511600', level: 'prefecture' };
const HECHUAN: Party = { name: '合川区', code: '500117', level: 'county' };
const route = () => proposalsOf(extractorFor('local-x.txt', '2024-06-13')(TEXT)).find((p) => p.agreement.title_zh.includes('精品旅游线路'))!;
const words = partyWordsOf(testGazetteer());

describe('a proposal’s title when its parties change', () => {
  it('names the new parties, as the extractor would have, keeping what was agreed', () => {
    const p = route();
    expect(p.agreement.title_zh).toBe('嘉陵、华蓥、合川：“嘉陵江—华蓥山”精品旅游线路');
    // The planner replaces 嘉陵 with 广安市 and removes 华蓥.
    const changed = withParties(withParties(p, [GUANGAN, ...p.agreement.parties.slice(1)], words), [GUANGAN, HECHUAN], words);
    expect(changed.agreement.parties).toEqual([GUANGAN, HECHUAN]);
    expect(changed.agreement.title_zh).toBe('广安、合川：“嘉陵江—华蓥山”精品旅游线路');
    expect(changed.agreement.title_en).toBe('Guang’an–Hechuan: joint project on tourism and culture'.replace('’', "'"));
  });

  it('follows through an empty list of parties, and never rewrites a title the planner typed', () => {
    const p = route();
    const none = withParties(p, [], words);
    expect(none.agreement.title_zh).toBe(p.agreement.title_zh);
    expect(withParties(none, [HECHUAN], words).agreement.title_zh).toBe('合川：“嘉陵江—华蓥山”精品旅游线路');
    const typed = withTitle(p, 'zh', '华蓥山旅游线路');
    const after = withParties(typed, [GUANGAN, HECHUAN], words);
    expect(after.agreement.title_zh).toBe('华蓥山旅游线路');
    // The English title was not touched, so it still follows.
    expect(after.agreement.title_en).toMatch(/^Guang'an–Hechuan: /u);
  });

  it('leaves a hand-marked agreement’s title (its quote) alone', () => {
    const p = { ...route(), manual: true };
    expect(withParties(p, [GUANGAN], words).agreement.title_zh).toBe(p.agreement.title_zh);
  });
});
