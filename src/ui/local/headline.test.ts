import { describe, expect, it } from 'vitest';
import { headlineOf } from './headline';

describe('headlineOf', () => {
  it('takes the first line with text as the title, trimmed, spaces collapsed', () => {
    expect(headlineOf('\n\n  川渝毗邻地区再添合作新成果 \n\n本报记者 王川\n\n2024年4月18日，……')).toBe('川渝毗邻地区再添合作新成果');
    expect(headlineOf('\uFEFF发挥旗舰作用　　两江新区、天府新区打造内陆开放门户\r\n正文')).toBe('发挥旗舰作用 两江新区、天府新区打造内陆开放门户');
    expect(headlineOf('# 持续增强产业引领和科技创新功能\n\n正文')).toBe('持续增强产业引领和科技创新功能');
  });

  it('offers nothing when the first line is body text, or there is no text', () => {
    expect(headlineOf('2024年4月18日，重庆市潼南区与四川省遂宁市船山区在潼南召开川渝毗邻地区合作推进会。')).toBeNull();
    expect(headlineOf('会上'.repeat(50))).toBeNull();
    expect(headlineOf(' \n\u3000\n')).toBeNull();
  });
});
