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

  it('joins an added report of an agreement the atlas has to it: one card, two sources, the atlas id kept', async () => {
    const byCode = new Map(FIXTURE_DISTRICTS.map((d) => [d.code, d]));
    const river = { ...FIXTURE[1]!, title_zh: '大足、荣昌、泸县：濑溪河流域长效协调互动协议' };
    const seed = { districts: { byCode }, agreements: indexAgreements([FIXTURE[0]!, river], byCode), articles: [], articleMeta: new Map() } as unknown as MapData;
    const text = '大足区、荣昌区与泸县签订濑溪河流域长效协调互动协议。';
    const sha256 = await sha256Hex(text);
    const id = localArticleId(sha256);
    const added = { ...river, id: localAgreementId(id, 'agreement-laixi'), article: id, span: { start: 0, end: text.length }, quote: text, date: '2019-12-10' };
    const merged = withLocal(seed, [{ article: { id, title: '濑溪河', newspaper: '重庆日报', date: '2019-12-10', text, sha256, note: '', added_at: 'x' }, agreements: [added] }]);
    expect(merged.agreements.list).toHaveLength(2);
    const one = merged.agreements.byId.get(river.id)!;
    expect(one.sources?.map((s) => s.article)).toEqual([id, river.article]);
    expect(one.former_ids).toEqual([added.id]);
    expect(merged.agreements.byArticle.get(id)?.map((a) => a.id)).toEqual([river.id]);
  });
});
