import { describe, expect, it } from 'vitest';
import { itemCandidates } from './item-candidates';
import { modelTrigger } from './model-proposal';
import { proposalFeatures } from './proposal-features';
import { startsOnBoundary, thingFeatures } from './thing-name';

// Invented sentences: where the name of a thing the learned reading proposes starts.
const objectOf = (text: string, noun: string) => itemCandidates(text, []).find((c) => c.trigger.object.endsWith(noun))?.trigger.object;

describe('the name of a proposed thing', () => {
  it('starts after the verb and its 了, not a fixed number of characters back', () => {
    expect(objectOf('会议期间，同步举行了首届山水田园文旅走廊联合推介会。', '走廊')).toBe('首届山水田园文旅走廊');
    expect(objectOf('●南江市扎实推进巴山文化旅游走廊建设', '走廊')).toBe('巴山文化旅游走廊');
  });

  it('keeps a verb that qualifies the name with 的, and cuts on the list mark before it', () => {
    expect(objectOf('形成多部门、多行业、多手段共同推动的纠纷化解机制。', '机制')).toBe('多手段共同推动的纠纷化解机制');
  });

  it('keeps the whole of a quoted name', () => {
    expect(objectOf('双方共建了“青创空间”达川工作站8个。', '工作站')).toBe('“青创空间”达川工作站');
  });

  it('says when no boundary was found and the name starts inside a word', () => {
    const text = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏合作机制';
    const item = itemCandidates(text, []).find((c) => c.trigger.object.endsWith('机制'))!;
    expect(item.features).toContain('what:in-word');
    expect(startsOnBoundary(text, item.trigger.at)).toBe(false);
    expect(startsOnBoundary('双方签署了《合作协议》', 5)).toBe(true);
  });

  it('cuts the sentence read as a whole on a boundary too', () => {
    const t = modelTrigger('两地签订了跨区域生态补偿框架协议。');
    expect(t.object).toBe('跨区域生态补偿框架协议');
  });
});

describe('what a proposed thing is', () => {
  it('reads a date, an aim, an event, a directive', () => {
    expect(thingFeatures('12月18日', '，研讨会召开')).toContain('what:date');
    expect(thingFeatures('为聚焦区域协同发展', '')).toContain('what:aim');
    expect(thingFeatures('首届山水田园文旅走廊', '联合推介会。')).toContain('what:event');
    expect(thingFeatures('流域治理监督活动”工作部署', '，')).toContain('what:directive');
    expect(thingFeatures('跨区域生态补偿框架协议', '。')).toEqual([]);
    // (A mechanism of joint meetings is a thing agreed, not an event.)
    expect(thingFeatures('毗邻地区联席会议', '制度')).not.toContain('what:event');
  });

  it('tells the item model and the proposal scorer', () => {
    const text = '会议期间，同步举行了首届山水田园文旅走廊联合推介会。';
    expect(itemCandidates(text, []).find((c) => c.trigger.object.endsWith('走廊'))!.features).toContain('what:event');
    const t = modelTrigger('12月18日，学术研讨会在某地召开。');
    expect(t.object).toBe('12月18日');
    const f = proposalFeatures({ trigger: t, parties: [], reasons: new Set() }, { source: 'sentence', sentence: 0.99, item: null, siblings: 1, inSentence: 0 }, '12月18日，学术研讨会在某地召开。');
    expect(f).toContain('what:date');
  });
});
