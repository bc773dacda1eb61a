import { describe, expect, it } from 'vitest';
import { commonRun, itemMatches } from './item-names';

describe('which item a label names', () => {
  it('measures the longest run two names share', () => {
    expect(commonRun('幸福河湖合作协议', '川渝共建幸福河湖合作协议')).toBe(8);
    expect(commonRun('abc', 'xyz')).toBe(0);
  });

  it('matches an item to the labeller’s title by six shared characters or all of a shorter name, brackets aside', () => {
    expect(itemMatches('《川渝共建幸福河湖合作协议》', '川渝共建幸福河湖合作协议')).toBe(true);
    expect(itemMatches('合作协议', '部省市人力资源社会保障战略合作协议')).toBe(true);
    expect(itemMatches('工作专班', '川渝汽车产业发展工作专班')).toBe(true);
    expect(itemMatches('《交通互联协议》', '文旅合作协议（首次）')).toBe(false);
    expect(itemMatches('示范园区', '川渝共建幸福河湖合作协议')).toBe(false);
  });
});
