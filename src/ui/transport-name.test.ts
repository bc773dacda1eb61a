import { describe, expect, it } from 'vitest';
import { transportName } from './transport-name';

describe('transportName', () => {
  it('gives the English name in English and the Chinese in Chinese', () => {
    expect(transportName({ name_zh: '重庆北站', name_en: 'Chongqingbei' }, 'en')).toEqual({ text: 'Chongqingbei', lang: 'en' });
    expect(transportName({ name_zh: '重庆北站', name_en: 'Chongqingbei' }, 'zh')).toEqual({ text: '重庆北站', lang: 'zh' });
  });

  it('falls back to the Chinese, marked as Chinese, where there is no English name', () => {
    expect(transportName({ name_zh: '剑门关站', name_en: null }, 'en')).toEqual({ text: '剑门关站', lang: 'zh' });
    expect(transportName({ name_zh: '剑门关' }, 'en')).toEqual({ text: '剑门关', lang: 'zh' });
  });
});
