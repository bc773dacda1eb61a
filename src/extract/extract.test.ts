import { describe, expect, it } from 'vitest';
import { normalise, originalSpan } from './normalise';
import { paragraphs, sentences } from './segment';
import { mentionsOf } from './mentions';

// Frozen fixture in the shape of the seed articles: a line break inside a name, stray spaces at a
// column break, two paragraphs.
const ARTICLE = '成渝中\n线高铁建设加快推进，大足石刻站主体完工。川渝两地还将共建成渝  高铁沿线产业带！\n\n另据介绍，铜安高速重庆段\n已通车；\n泸永高速运行平稳。';

describe('normalise', () => {
  it('drops printing whitespace between Chinese characters and keeps offsets into the original', () => {
    const n = normalise(ARTICLE);
    expect(n.text.startsWith('成渝中线高铁建设')).toBe(true);
    const at = n.text.indexOf('成渝中线高铁');
    const span = originalSpan(n, at, at + '成渝中线高铁'.length);
    expect(ARTICLE.slice(span.start, span.end)).toBe('成渝中\n线高铁');
  });

  it('keeps one space between Latin words', () => {
    expect(normalise('New  Western\nLand–Sea 通道').text).toBe('New Western Land–Sea通道');
  });
});

describe('segment', () => {
  it('splits paragraphs at blank lines and sentences at 。！？；, not at single line breaks', () => {
    expect(paragraphs(ARTICLE)).toHaveLength(2);
    const s = sentences(ARTICLE).map((x) => ARTICLE.slice(x.start, x.end));
    expect(s).toEqual([
      '成渝中\n线高铁建设加快推进，大足石刻站主体完工。',
      '川渝两地还将共建成渝  高铁沿线产业带！',
      '另据介绍，铜安高速重庆段\n已通车；',
      '泸永高速运行平稳。',
    ]);
  });

  it('handles empty text and text with no punctuation', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences('没有句号的一行')).toEqual([{ start: 0, end: 7 }]);
  });
});

describe('mentionsOf', () => {
  const articles = [{ file: 'fixture.txt', text: ARTICLE }];
  it('finds a name broken across lines and quotes the whole original sentence', () => {
    const m = mentionsOf(['成渝中线高铁', '成渝中线'], articles);
    expect(m).toHaveLength(1);
    expect(m[0]!.quote).toBe('成渝中\n线高铁建设加快推进，大足石刻站主体完工。');
    expect(ARTICLE.slice(m[0]!.span.start, m[0]!.span.end)).toBe(m[0]!.quote);
  });

  it('does not count the longer name as a mention of a shorter one inside it', () => {
    const m = mentionsOf(['成渝高铁', '成渝客专'], articles);
    expect(m.map((x) => x.quote)).toEqual(['川渝两地还将共建成渝  高铁沿线产业带！']);
  });

  it('matches aliases and ignores one-character names', () => {
    expect(mentionsOf(['铜梁至安岳高速公路', '铜安高速'], articles)[0]!.name).toBe('铜安高速');
    expect(mentionsOf(['泸'], articles)).toEqual([]);
  });
});

describe('normalise: traditional characters and converter leftovers', () => {
  it('reads traditional characters as simplified ones, one for one', () => {
    const n = normalise('萬達開三地簽訂協議');
    expect(n.text).toBe('万达开三地签订协议');
    expect(n.offsets.slice(0, 3)).toEqual([0, 1, 2]);
  });

  it('drops a reading left after a character (地區(qū)) and keeps the offsets of what stays', () => {
    const original = '成渝地區(qū)雙城經濟圈戰(zhàn)略合作';
    const n = normalise(original);
    expect(n.text).toBe('成渝地区双城经济圈战略合作');
    const at = n.text.indexOf('双城');
    const span = originalSpan(n, at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('雙城');
    // Latin in brackets that is no reading stays.
    expect(normalise('京东方(BOE)').text).toBe('京东方(BOE)');
  });
});
