import { describe, expect, it } from 'vitest';
import { en, zh } from '../../i18n/strings';
import { formProblem } from './form-check';

const fields = (title: string, date = '') => ({ title, newspaper: '', date, note: '' });

describe('what the add-article form says is missing', () => {
  it('names the missing text first, and both when both are missing', () => {
    expect(formProblem('', fields(''))).toBe('needTextAndTitle');
    expect(formProblem(' \n\u3000', fields('标题'))).toBe('needText');
    expect(formProblem('正文。', fields('  '))).toBe('needTitle');
    expect(formProblem('正文。', fields('标题', '2024/04/18'))).toBe('badDate');
    expect(formProblem('正文。', fields('标题', '2024-04'))).toBeNull();
    expect(formProblem('正文。', fields('标题'))).toBeNull();
  });

  it('says it in words, the text first', () => {
    expect(zh.local.needTextAndTitle).toMatch(/^请粘贴或拖入文章正文.*标题/u);
    expect(en.local.needTextAndTitle).toMatch(/^Paste or drop the article's text.*title/u);
    expect(zh.local.needText).toMatch(/^请粘贴或拖入文章正文/u);
  });
});
