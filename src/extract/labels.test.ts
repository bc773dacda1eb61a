import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../data/bundle';
import { checkText, labelledArticleSchema, labelsOf } from './labels';

const text = '甲地与乙地签署协议。天气很好。';

async function article(over: Record<string, unknown> = {}) {
  const quote = text.slice(0, 10);
  return labelledArticleSchema.parse({
    id: 'u-2021-test',
    url: 'https://example.org/a',
    outlet: '某报',
    outlet_level: 'county',
    published: '2021-05-28',
    text_sha256: await sha256Hex(text),
    chars: text.length,
    agreements: [
      { id: 'u-2021-test-01', span: { start: 0, end: 10 }, quote_sha256: (await sha256Hex(quote)).slice(0, 16), kind: 'agreement', parties: [{ name: '甲地', code: ' 500111 ', level: 'town' }], clarity: 'clear', other_spans: null },
    ],
    ...over,
  });
}

describe('labels of third-party articles', () => {
  it('reads a labeller’s file, lenient where words are the labeller’s own, and scores by spans', async () => {
    const a = await article();
    expect(labelsOf(a)).toEqual([{ id: 'u-2021-test-01', article: 'u-2021-test.txt', spans: [{ start: 0, end: 10 }], kind: 'agreement', parties: [{ name: '甲地', code: '500111', level: 'town' }], clarity: 'clear' }]);
    expect(await checkText(a, text)).toEqual([]);
  });

  it('says when the local text is not the one labelled, or a span no longer holds its quote', async () => {
    const a = await article();
    expect((await checkText(a, text + '。'))[0]).toMatch(/not the one labelled/u);
    const moved = await article({ agreements: [{ ...a.agreements[0]!, span: { start: 1, end: 10 } }] });
    expect((await checkText(moved, text))[0]).toMatch(/does not match its hash/u);
  });
});
