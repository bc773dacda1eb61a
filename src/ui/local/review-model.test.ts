import { describe, expect, it } from 'vitest';
import { manualProposal, problemOf, proposalsOf, recordOf, withParty, withoutParty } from './review-model';

const TEXT = '导语。\n会上，潼南区与安岳县签署了农业合作框架协议。\n其他。';

describe('review model', () => {
  it('makes an agreement of a selected sentence, trimmed, with a fresh id and no parties until the planner adds them', () => {
    const start = TEXT.indexOf('会上') - 1;
    const end = TEXT.indexOf('。\n其他') + 2;
    const p = manualProposal(TEXT, start, end, 'local-0123456789ab', '2024-04-18', new Set(['local-0123456789ab-manual-1']), '（人工添加）');
    expect(p.agreement.id).toBe('local-0123456789ab-manual-2');
    expect(p.agreement.quote).toBe('会上，潼南区与安岳县签署了农业合作框架协议。');
    expect(TEXT.slice(p.agreement.span.start, p.agreement.span.end)).toBe(p.agreement.quote);
    expect(problemOf(p.agreement)).toMatch(/parties/);
    const withTwo = withParty(withParty(p.agreement, 0, { name: '潼南区', code: '500152', level: 'county' }), 1, { name: '安岳县', code: '512021', level: 'county' });
    expect(problemOf(withTwo)).toBeNull();
    const changed = withParty(withTwo, 1, { name: '乐至县', code: '512022', level: 'county' });
    expect(changed.parties.map((x) => x.name)).toEqual(['潼南区', '乐至县']);
    expect(withoutParty(changed, 0).parties.map((x) => x.name)).toEqual(['乐至县']);
  });

  it('keeps only the accepted agreements, with the planner\'s fields trimmed', () => {
    const a = manualProposal(TEXT, 4, 27, 'local-0123456789ab', null, new Set(), '');
    const b = manualProposal(TEXT, 0, 3, 'local-0123456789ab', null, new Set([a.agreement.id]), '');
    const [pa, pb] = [{ ...a, decision: 'accepted' as const }, { ...b, decision: 'rejected' as const }];
    const r = recordOf({ id: 'local-0123456789ab', sha256: '0123456789ab'.padEnd(64, '0'), text: TEXT }, { title: ' 标题 ', newspaper: '重庆日报', date: '', note: ' 张工 ' }, [pa, pb, ...proposalsOf([])], new Date('2024-04-19T00:00:00Z'));
    expect(r.agreements.map((x) => x.id)).toEqual([a.agreement.id]);
    expect(r.article).toMatchObject({ title: '标题', date: null, note: '张工', added_at: '2024-04-19T00:00:00.000Z' });
  });
});
