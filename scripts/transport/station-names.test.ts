import { describe, expect, it } from 'vitest';
import { placeIndex, stationEnglishName } from './station-names';

const places = placeIndex([
  ['重庆', 'Chóngqìng'],
  ['成都', 'Chéngdū'],
  ['巴南', 'Bānán'],
  ['南部', 'Nánbù'],
  ['开江', 'Kāijiāng'],
  ['长寿', 'Chángshòu'],
  ['天府', 'Tiānfǔ'],
  ['雅安', "Yǎ'ān"],
]);

describe('a station’s English name, by China Railway’s rule', () => {
  it('is the place’s pinyin with the direction in pinyin, one word; the old English form an alias', () => {
    expect(stationEnglishName('重庆北站', places)).toEqual({ name_en: 'Chongqingbei', alias: 'Chongqing North' });
    expect(stationEnglishName('成都东站', places)).toEqual({ name_en: 'Chengdudong', alias: 'Chengdu East' });
    expect(stationEnglishName('开江南站', places)).toEqual({ name_en: 'Kaijiangnan', alias: 'Kaijiang South' });
    expect(stationEnglishName('重庆站', places)).toEqual({ name_en: 'Chongqing', alias: null });
    expect(stationEnglishName('雅安西站', places).name_en).toBe("Ya'anxi");
  });

  it('reads a place whose own name ends in a direction as that place (巴南, 南部), not as a direction', () => {
    expect(stationEnglishName('巴南站', places).name_en).toBe('Banan');
    expect(stationEnglishName('南部站', places).name_en).toBe('Nanbu');
  });

  it('writes out a lake or an airport after a known place', () => {
    expect(stationEnglishName('长寿湖站', places).name_en).toBe('Changshouhu');
    expect(stationEnglishName('天府机场站', places).name_en).toBe('Tianfujichang');
  });

  it('gives no English name where the atlas has no pinyin for the place, and says which part', () => {
    expect(stationEnglishName('水江西站', places)).toEqual({ name_en: null, alias: null, unknown: '水江西' });
    expect(stationEnglishName('三岔湖站', places)).toEqual({ name_en: null, alias: null, unknown: '三岔湖' });
  });

  it('refuses one place name read two ways', () => {
    expect(() => placeIndex([['长宁', 'Chángníng'], ['长宁', 'Zhǎngníng']])).toThrow(/read two ways/u);
  });
});
