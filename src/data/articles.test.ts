import { describe, expect, it } from 'vitest';
import { loadArticle } from './articles';

const respond = (body: BodyInit, status = 200): typeof fetch => async () => new Response(body, { status });

describe('loadArticle', () => {
  it('reads UTF-8 text as it is', async () => {
    expect(await loadArticle('a.txt', '/a', respond('成渝中线高铁。'))).toEqual({ file: 'a.txt', text: '成渝中线高铁。' });
  });

  it('names a file that is not UTF-8', async () => {
    const gbk = new Uint8Array([0xb3, 0xc9, 0xd3, 0xe5]); // 成渝 in GBK
    await expect(loadArticle('gbk.txt', '/g', respond(gbk))).rejects.toThrow('gbk.txt: is not UTF-8 text');
  });

  it('names a missing file', async () => {
    await expect(loadArticle('gone.txt', '/x', respond('', 404))).rejects.toThrow('gone.txt: HTTP 404');
  });
});
