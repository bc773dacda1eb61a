import { describe, expect, it } from 'vitest';
import type { Agreement } from './agreement-schema';
import {
  BUNDLE_FORMAT,
  isLocalAgreement,
  knownCodes,
  localAgreementId,
  localArticleId,
  localArticleOf,
  mergeBundle,
  parseBundle,
  recordsOf,
  sha256Hex,
  toBundle,
  verifyHashes,
  type LocalRecord,
} from './bundle';

const TEXT = '本报讯 2024年3月5日，大足区与安岳县签署文旅合作协议，共建石刻文化旅游走廊。';
const QUOTE = '大足区与安岳县签署文旅合作协议，共建石刻文化旅游走廊。';

async function record(text = TEXT, title = '大足安岳文旅合作'): Promise<LocalRecord> {
  const sha256 = await sha256Hex(text);
  const id = localArticleId(sha256);
  const start = text.indexOf(QUOTE);
  const agreement: Agreement = {
    id: localAgreementId(id, 'local-agreement-dazu-anyue-tourism-culture'),
    article: id,
    span: { start, end: start + QUOTE.length },
    quote: QUOTE,
    title_zh: '大足区与安岳县文旅合作协议',
    title_en: 'Dazu–Anyue tourism agreement',
    kind: 'agreement',
    date: '2024-03-05',
    parties: [
      { name: '大足区', code: '500111', level: 'county' },
      { name: '安岳县', code: '512021', level: 'county' },
    ],
    domains: ['tourism-culture'],
    confidence: 1,
  };
  return { article: { id, title, newspaper: '重庆日报', date: '2024-03-05', text, sha256, note: '规划处 张工 添加', added_at: '2024-03-06T08:00:00.000Z' }, agreements: text.includes(QUOTE) ? [agreement] : [] };
}

const CODES = knownCodes([
  { code: '500111', prefectureCode: '500000', provinceCode: '500000' },
  { code: '512021', prefectureCode: '512000', provinceCode: '510000' },
]);

describe('local ids', () => {
  it('names an article by its hash and keeps its agreements apart from the seeds and from each other', async () => {
    const sha = await sha256Hex('abc');
    expect(sha).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(localArticleId(sha)).toBe('local-ba7816bf8f01');
    const id = localAgreementId('local-ba7816bf8f01', 'local-plan-dazu-anyue');
    expect(id).toBe('local-ba7816bf8f01-plan-dazu-anyue');
    expect(isLocalAgreement(id)).toBe(true);
    expect(isLocalAgreement('000-plan-dazu')).toBe(false);
    expect(localArticleOf(id)).toBe('local-ba7816bf8f01');
  });
});

describe('parseBundle', () => {
  it('reads back what toBundle wrote', async () => {
    const r = await record();
    const text = JSON.stringify(toBundle([r]));
    const parsed = parseBundle(text, CODES);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(recordsOf(parsed.bundle)).toEqual([r]);
    expect(await verifyHashes(parsed.bundle)).toBeNull();
  });

  it('refuses what is not JSON, not a bundle, or from a newer version, saying so in both languages', async () => {
    const bad = (text: string) => {
      const r = parseBundle(text, CODES);
      if (r.ok) throw new Error('accepted');
      expect(r.problem.zh).toMatch(/\p{Script=Han}/u);
      expect(r.problem.en).not.toMatch(/\p{Script=Han}/u);
      return r.problem;
    };
    expect(bad('{').code).toBe('not-json');
    expect(bad('{"agreements":[]}').code).toBe('not-bundle');
    const newer = bad(JSON.stringify({ ...toBundle([await record()]), version: 2 }));
    expect(newer.code).toBe('newer-version');
    expect(newer.en).toContain('newer version');
    expect(bad(JSON.stringify({ format: BUNDLE_FORMAT, version: 1, articles: [{}], agreements: [] })).code).toBe('invalid');
  });

  it('refuses codes that are no district, prefecture or province we have', async () => {
    const r = await record();
    r.agreements[0]!.parties[1] = { name: '某县', code: '999999', level: 'county' };
    const parsed = parseBundle(JSON.stringify(toBundle([r])), CODES);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.code).toBe('bad-codes');
    expect(parsed.problem.en).toContain('999999');
  });

  it('refuses an agreement whose quote is not in its article, whose article is missing, or whose id is not its article\'s', async () => {
    const r = await record();
    const moved = { ...r, agreements: [{ ...r.agreements[0]!, span: { start: 0, end: QUOTE.length } }] };
    expect(parseBundle(JSON.stringify(toBundle([moved])), CODES)).toMatchObject({ ok: false, problem: { code: 'inconsistent' } });
    const orphan = { ...toBundle([r]), articles: [] };
    expect(parseBundle(JSON.stringify(orphan), CODES)).toMatchObject({ ok: false, problem: { code: 'inconsistent' } });
    const renamed = { ...r, agreements: [{ ...r.agreements[0]!, id: 'dazu-anyue' }] };
    expect(parseBundle(JSON.stringify(toBundle([renamed])), CODES)).toMatchObject({ ok: false, problem: { code: 'inconsistent' } });
  });

  it('refuses duplicate agreement ids with the schema of agreements.json', async () => {
    const r = await record();
    const twice = { ...r, agreements: [r.agreements[0]!, r.agreements[0]!] };
    expect(parseBundle(JSON.stringify(toBundle([twice])), CODES)).toMatchObject({ ok: false, problem: { code: 'invalid' } });
  });

  it('finds a text edited by hand after export', async () => {
    const r = await record();
    const b = toBundle([r]);
    b.articles[0]!.text = b.articles[0]!.text.replace('本报讯', '本报电');
    const parsed = parseBundle(JSON.stringify(b), CODES);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect((await verifyHashes(parsed.bundle))?.code).toBe('hash-mismatch');
  });
});

describe('mergeBundle', () => {
  it('adds new articles and reports the ones already kept (same text, any title) without doubling them', async () => {
    const kept = await record();
    const sameText = await record(TEXT, '另一个标题');
    const other = await record(`${TEXT}另有补充。`);
    const { added, duplicates } = mergeBundle([kept], [sameText, other, other]);
    expect(added.map((r) => r.article.id)).toEqual([other.article.id]);
    expect(duplicates.map((a) => a.title)).toEqual(['另一个标题', '大足安岳文旅合作']);
  });
});
