import { describe, expect, it } from 'vitest';
import { sentences } from './segment';
import { extractorFor, partyCodes } from './test-gazetteer';

// Round 11: a page's furniture kept out of sentences, and a signing 分别 with bodies after each place.
// Every sentence here is written for the test (no article's words).
const run = extractorFor('round11.txt', '2022-06-01');
const codes = partyCodes;
const pieces = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('a line that is a file path or an image name joins no sentence', () => {
  it('leaves a pasted file path out of the next paragraph’s sentence, and out of the title', () => {
    const text = '荣隆两地深化合作\n\nD:\\资料\\稿件\\荣隆\\IMG_20220601_0931.jpg\n\n5月30日，荣昌区与隆昌市签署了文旅合作协议。';
    expect(pieces(text)).toEqual(['荣隆两地深化合作', '5月30日，荣昌区与隆昌市签署了文旅合作协议。']);
    const [a] = run(text);
    expect(a!.quote).toBe('5月30日，荣昌区与隆昌市签署了文旅合作协议。');
    expect(a!.title_zh).not.toMatch(/资料|稿件|jpg|\\/u);
  });
  it('leaves an image name on a line of its own (圖片2.png) out, in a paragraph run on by single line breaks', () => {
    const text = '5月30日，荣昌区与隆昌市举行座谈会，\n圖片2.png\n双方签署了文旅合作协议。';
    expect(pieces(text)).toEqual(['5月30日，荣昌区与隆昌市举行座谈会，', '双方签署了文旅合作协议。']);
  });
  it('keeps a sentence that only mentions a picture', () => {
    const text = '双方交换了一张题为“合作.png”的纪念图片。';
    expect(pieces(text)).toEqual([text]);
  });
});

describe('a page header (发布时间…来源) between a headline and the story', () => {
  it('is a line of its own, in traditional characters with a converter’s readings too, and the headline is one', () => {
    const head = '新聞動(dòng)態(tài)';
    const title = '榮昌隆昌簽訂協(xié)議5項 共建文旅示範(fàn)帶';
    const meta = '發(fā)布時(shí)間:2022-05-31 來(lái)源:某某網(wǎng)';
    const body = '30日，榮昌區與隆昌市簽訂了文旅合作協(xié)議。';
    const text = `${head}\n\n    ${title}\n    ${meta}\n\n        ${body}`;
    expect(pieces(text)).toEqual([head, title, meta, body]);
    const found = run(text);
    expect(found.length).toBeGreaterThan(0);
    for (const a of found) expect(a.quote).not.toMatch(/發\(fā\)布|來\(lái\)源|新聞動/u);
  });
  it('ends a headline line before a line of metadata it runs into', () => {
    const text = '两地工会携手合作\n某某工会网 http://example.invalid/ 发布时间:2022-05-31 作者:某某\n\n30日，荣昌区与隆昌市签署了合作协议。';
    expect(pieces(text)).toEqual(['两地工会携手合作', '某某工会网 http://example.invalid/ 发布时间:2022-05-31 作者:某某', '30日，荣昌区与隆昌市签署了合作协议。']);
  });
});

describe('a byline in brackets at a sentence’s start', () => {
  it('is not part of the sentence quoted', () => {
    const text = '某某网重庆5月30日电 （记者 王某某）荣昌区与隆昌市30日签署了文旅合作协议。';
    const [a] = run(text);
    expect(a!.quote).toBe('荣昌区与隆昌市30日签署了文旅合作协议。');
    expect(text.slice(a!.span.start, a!.span.end)).toBe(a!.quote);
  });
  it('keeps a bracket at a sentence’s start that is no byline', () => {
    const text = '（二）荣昌区与隆昌市签署了文旅合作协议。';
    expect(pieces(text)).toEqual([text]);
  });
});

describe('a signing 分别 with bodies after each place (与A区总工会、B区总工会分别签署)', () => {
  const pairs = (found: { parties: { code: string | null }[] }[]) => found.map(codes).sort();
  const want = [
    ['500111', '510500'],
    ['500153', '510500'],
  ];
  it('is one agreement per partner body, in simplified characters', () => {
    expect(pairs(run('泸州市总工会与荣昌区总工会、大足区总工会分别签署了协作框架协议。'))).toEqual(want);
  });
  it('is the same in traditional characters', () => {
    expect(pairs(run('瀘州市總工會與榮昌區總工會、大足區總工會分別簽署了協作框架協議。'))).toEqual(want);
  });
  it('is the same when the subject is the visitors of the clause before (…赴A、B考察，与A的、B的分别签署)', () => {
    const text = '6月1日，泸州市总工会一行赴重庆市荣昌区、大足区考察交流，与荣昌区总工会、大足区总工会分别签署协作框架协议。';
    expect(pairs(run(text))).toEqual(want);
  });
  it('is the same with the pinyin a converter leaves (區(qū), 協(xié)議)', () => {
    const text = '6月1日，瀘州市總工會一行赴重慶市榮昌區(qū)、大足區(qū)考察交流，與榮昌區(qū)總工會、大足區(qū)總工會分別簽署協(xié)作框架協(xié)議。';
    expect(pairs(run(text))).toEqual(want);
  });
});

describe('an editor’s line at a page’s foot (（责编：…）, (責編:…))', () => {
  it('joins no paragraph after it, in either script', () => {
    for (const editor of ['（责编：王某、李某）', '(責編:王某、李某)']) {
      const text = `荣昌区与隆昌市签署了文旅合作协议。\n\n${editor}\n\n分享让更多人看到`;
      expect(pieces(text)).toEqual(['荣昌区与隆昌市签署了文旅合作协议。', editor, '分享让更多人看到']);
    }
  });
});
