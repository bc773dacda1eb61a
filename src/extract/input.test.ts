import { describe, expect, it } from 'vitest';
import { agreementsFile } from '../data/agreement-schema';
import { extractAgreements } from './agreements';
import { decodeBytes, htmlToText, prepareText, printedDate } from './input';
import { testGazetteer } from './test-gazetteer';

const utf8 = (s: string) => new TextEncoder().encode(s);
const SIGNED = '4月17日，大足与四川眉山签署协议，约定在文旅融合领域开展合作。';

describe('decodeBytes / prepareText: bad input gets a reason in both languages', () => {
  it('refuses empty text and text with no Chinese', () => {
    for (const raw of ['', '   \n\n  ']) {
      const d = prepareText(raw);
      expect(d.ok).toBe(false);
      if (!d.ok) expect([d.error.code, d.error.zh.length > 0, d.error.en.length > 0]).toEqual(['empty', true, true]);
    }
    const d = prepareText('Chengdu and Chongqing signed an agreement.');
    expect(d.ok ? null : d.error.code).toBe('no-chinese');
  });

  it('refuses binary files', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const d = decodeBytes(png);
    expect(d.ok ? null : d.error.code).toBe('binary');
  });

  it('removes a BOM and says so; keeps Windows line ends working', () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SIGNED.replace('，', '，\r\n'))]));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.text.startsWith('4月')).toBe(true);
    expect(d.notes.map((n) => n.code)).toEqual(['bom']);
    const [a] = extractAgreements({ file: 'crlf.txt', text: d.text, date: '2020-05-03' }, testGazetteer());
    expect(d.text.slice(a!.span.start, a!.span.end)).toBe(a!.quote);
  });

  it('reads GB18030 (GBK) when the bytes are not UTF-8, and says so', () => {
    // "大足与眉山签署协议。" in GBK.
    const gbk = new Uint8Array([0xb4, 0xf3, 0xd7, 0xe3, 0xd3, 0xeb, 0xc3, 0xbc, 0xc9, 0xbd, 0xc7, 0xa9, 0xca, 0xf0, 0xd0, 0xad, 0xd2, 0xe9, 0xa1, 0xa3]);
    const d = decodeBytes(gbk);
    expect(d.ok && d.text).toBe('大足与眉山签署协议。');
    expect(d.ok && d.encoding).toBe('gb18030');
  });

  it('strips HTML to its text: scripts and styles gone, never run', () => {
    const html = '<html><head><script>window.pwned = 1</script><style>p{}</style></head><body><p>4月17日，大足与四川眉山签署协议&amp;合作。</p><img src=x onerror="alert(1)"></body></html>';
    const d = prepareText(html);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.notes.map((n) => n.code)).toEqual(['html']);
    expect(d.text).toBe('4月17日，大足与四川眉山签署协议&合作。');
    expect(htmlToText('<script>unterminated')).toBe('');
  });

  it('ends a line where a page’s title, header, navigation or list ends, so a headline is never run into the next line', () => {
    const html = '<html><head><title>大足眉山签约</title></head><body><nav>首页</nav><h1>大足眉山签约</h1><ul><li>一</li></ul><p>正文。</p></body></html>';
    expect(htmlToText(html).split(/\n+/u)).toEqual(['大足眉山签约', '首页', '大足眉山签约', '一', '正文。']);
  });

  it('finds a printed date near the top', () => {
    expect(printedDate('发布时间:2020-04-26 10:23 来源')).toBe('2020-04-26');
    expect(printedDate('2021年5月28日 重庆日报')).toBe('2021-05-28');
    expect(printedDate('没有日期')).toBeNull();
  });
});

describe('extractAgreements at scale', () => {
  it('reads a 5 MB article without failing and gives valid output with real offsets', () => {
    const filler = '川渝山水相连、人文相近、民俗相通、亲如兄弟。\n'.repeat(20);
    const block = `${filler}${SIGNED}\n\n`;
    const text = block.repeat(Math.ceil((5 * 1024 * 1024) / new TextEncoder().encode(block).length));
    expect(new TextEncoder().encode(text).length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const out = extractAgreements({ file: 'big.txt', text, date: '2020-05-03' }, testGazetteer());
    // The same sentence over and over is one agreement, told many times.
    expect(out).toHaveLength(1);
    expect(() => agreementsFile.parse({ agreements: out })).not.toThrow();
    expect(text.slice(out[0]!.span.start, out[0]!.span.end)).toBe(out[0]!.quote);
  });
});
