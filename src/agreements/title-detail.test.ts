import { describe, expect, it } from 'vitest';
import agreements from '../../geodata/agreements.json';
import { itemName, titleDetails } from './title-detail';

const row = (id: string, title_zh: string, title_en: string, quote = `${id}：某句`) => ({ id, title_zh, title_en, quote });

describe("telling alike titles apart with the data's own words", () => {
  it('reads the item or document name a Chinese title carries after its parties, and none from a generic title', () => {
    expect(itemName('两江新区、四川天府新区：互派干部')).toBe('互派干部');
    expect(itemName('四川省交通运输厅、重庆市交通局：《成渝地区双城经济圈交通发展三年行动方案（2020-2022年）》')).toBe('《成渝地区双城经济圈交通发展三年行动方案（2020-2022年）》');
    expect(itemName('大足、眉山文化旅游合作协议')).toBeNull();
  });

  it('shows the Chinese item name under an English title, and the sentence where rows still read alike', () => {
    const list = [
      row('a', '两江新区、四川天府新区：两次联席会议', 'Liangjiang New Area–Tianfu New Area: joint mechanism on governance'),
      row('b', '两江新区、四川天府新区：互派干部', 'Liangjiang New Area–Tianfu New Area: joint mechanism on governance'),
      row('c', '四川、重庆协同治理合作协议', 'Sichuan–Chongqing: agreement on governance', '5月27日，两省市在永川区签署了协同治理合作协议，约定共同推进……'),
      row('d', '四川、重庆协同治理合作协议', 'Sichuan–Chongqing: agreement on governance', '双方还签署协议'),
    ];
    const en = titleDetails(list, 'en');
    expect([en.get('a'), en.get('b')]).toEqual(['两次联席会议', '互派干部']);
    expect([en.get('c'), en.get('d')]).toEqual(['“5月27日，两省市在永川区签署了协同治理合作协议，约定共…”', '“双方还签署协议”']);
    // The Chinese title already names the item: only the alike ones get their sentence.
    const zh = titleDetails(list, 'zh');
    expect([zh.get('a'), zh.get('b'), zh.get('d')]).toEqual([null, null, '“双方还签署协议”']);
  });

  it('leaves no two of the atlas’s agreements reading alike in either language', () => {
    const list = agreements.agreements;
    for (const lang of ['zh', 'en'] as const) {
      const details = titleDetails(list, lang);
      const lines = list.map((a) => `${lang === 'zh' ? a.title_zh : a.title_en} ${details.get(a.id) ?? ''}`);
      expect(new Set(lines).size).toBe(list.length);
    }
  });
});
