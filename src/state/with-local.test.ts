import { describe, expect, it } from 'vitest';
import { indexAgreements } from '../data/agreements';
import { localAgreementId, localArticleId, sha256Hex } from '../data/bundle';
import { FIXTURE, FIXTURE_DISTRICTS } from '../agreements/fixture';
import type { MapData } from './data-store';
import { withLocal } from './with-local';

describe('withLocal', () => {
  it('puts added agreements and articles into the one index beside the seeds', async () => {
    const byCode = new Map(FIXTURE_DISTRICTS.map((d) => [d.code, d]));
    const seed = { districts: { byCode }, agreements: indexAgreements(FIXTURE, byCode), articles: [], articleMeta: new Map() } as unknown as MapData;
    expect(withLocal(seed, [])).toBe(seed);
    const text = '大足区与泸县签署合作协议。';
    const sha256 = await sha256Hex(text);
    const id = localArticleId(sha256);
    const agreement = { ...FIXTURE[0]!, id: localAgreementId(id, 'agreement-dazu-luxian'), article: id, span: { start: 0, end: text.length }, quote: text, parties: [{ name: '大足区', code: '500111', level: 'county' as const }, { name: '泸县', code: '510521', level: 'county' as const }] };
    const merged = withLocal(seed, [{ article: { id, title: '大足泸县合作', newspaper: '重庆日报', date: null, text, sha256, note: '', added_at: 'x' }, agreements: [agreement] }]);
    expect(merged.agreements.list).toHaveLength(FIXTURE.length + 1);
    expect(merged.agreements.byDistrict.get('510521')?.map((a) => a.id)).toContain(agreement.id);
    expect(merged.agreements.byArticle.get(id)).toEqual([agreement]);
    expect(merged.articles).toEqual([{ file: id, text }]);
    expect(merged.articleMeta.get(id)?.title).toBe('大足泸县合作');
    expect(seed.agreements.list).toHaveLength(FIXTURE.length);
  });
});
