import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../data/agreement-schema';
import { acceptSure, carryOver, manualProposal, problemOf, proposalsOf, recordOf, sameSentence, sureToAccept, withParty, withoutParty } from './review-model';

const TEXT = '导语。\n会上，潼南区与安岳县签署了农业合作框架协议。\n其他。';

const TONGNAN = { name: '潼南区', code: '500152', level: 'county' } as const;
/** An extractor's proposal, invented: what the tests below vary is its confidence, reasons, parties and span. */
const proposed = (id: string, confidence: number, more: Partial<Agreement> = {}) =>
  proposalsOf([
    {
      id,
      article: 'local-0123456789ab',
      span: { start: 4, end: 27 },
      quote: '会上，潼南区与安岳县签署了农业合作框架协议。',
      title_zh: '潼南区、安岳县：农业合作框架协议',
      title_en: 'Tongnan–Anyue: agreement on agriculture',
      kind: 'agreement',
      date: null,
      parties: [TONGNAN, { name: '安岳县', code: '512021', level: 'county' }],
      domains: [],
      confidence,
      ...more,
    },
  ])[0]!;

describe('review model', () => {
  it('makes an agreement of a selected sentence, trimmed, with a fresh id and no parties until the planner adds them', () => {
    const start = TEXT.indexOf('会上') - 1;
    const end = TEXT.indexOf('。\n其他') + 2;
    const p = manualProposal(TEXT, start, end, 'local-0123456789ab', '2024-04-18', new Set(['local-0123456789ab-manual-1']), '（人工添加）');
    expect(p.agreement.id).toBe('local-0123456789ab-manual-2');
    expect(p.agreement.quote).toBe('会上，潼南区与安岳县签署了农业合作框架协议。');
    expect(TEXT.slice(p.agreement.span.start, p.agreement.span.end)).toBe(p.agreement.quote);
    expect(problemOf(p.agreement)).toEqual({ title: p.agreement.title_zh, missing: 'parties' });
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

  it('accepts at once the pending proposals the extractor is sure of (0.8 or more, no doubt, with parties), and nothing else', () => {
    const list = [
      proposed('sure', 0.95),
      proposed('edge', 0.8),
      proposed('unsure', 0.75),
      proposed('model', 0.9, { reasons: ['model'] }),
      proposed('doubted', 0.85, { reasons: ['context-parties'] }),
      proposed('undated', 0.9, { reasons: ['no-date', 'list-item'] }),
      proposed('no-party', 0.9, { parties: [] }),
      { ...proposed('rejected', 0.95), decision: 'rejected' as const },
      { ...manualProposal(TEXT, 4, 27, 'local-0123456789ab', null, new Set(), ''), agreement: { ...manualProposal(TEXT, 4, 27, 'local-0123456789ab', null, new Set(), '').agreement, parties: [TONGNAN] } },
    ];
    expect(sureToAccept(list).map((p) => p.agreement.id)).toEqual(['sure', 'edge', 'undated']);
    const after = acceptSure(list);
    expect(after.map((p) => p.decision)).toEqual(['accepted', 'accepted', 'pending', 'pending', 'pending', 'accepted', 'pending', 'rejected', 'pending']);
    expect(sureToAccept(after)).toEqual([]);
  });

  it('points each proposal to the earlier one that comes from the same sentence', () => {
    const list = [proposed('a', 0.9), proposed('b', 0.75, { kind: 'mechanism' }), proposed('c', 0.9, { span: { start: 28, end: 31 } }), proposed('d', 0.5, { span: { start: 10, end: 20 } })];
    expect(sameSentence(list)).toEqual([null, { index: 0, list: false }, null, { index: 0, list: false }]);
  });

  it('says the items of one list are of one list, not maybe one agreement read twice; a reading beside them is still doubted', () => {
    const list = { start: 10, end: 20 };
    const items = [proposed('a', 0.9, { list }), proposed('b', 0.9, { list }), proposed('c', 0.9, { list: { start: 4, end: 9 } }), proposed('d', 0.9)];
    expect(sameSentence(items)).toEqual([null, { index: 0, list: true }, { index: 0, list: false }, { index: 0, list: false }]);
    // (An item beside an earlier reading that is no item of its list: the doubt comes first.)
    expect(sameSentence([proposed('x', 0.9), ...items.slice(0, 2)])).toEqual([null, { index: 0, list: false }, { index: 0, list: false }]);
  });

  it('keeps the planner’s work through a second reading of the same text: decisions, edits and sentences marked by hand', () => {
    const manual = { ...manualProposal(TEXT, 0, 3, 'local-0123456789ab', null, new Set(), ''), decision: 'accepted' as const };
    const accepted = { ...proposed('a', 0.9), decision: 'accepted' as const, titleTyped: { zh: true }, agreement: { ...proposed('a', 0.9).agreement, title_zh: '我的标题' } };
    const rejected = { ...proposed('b', 0.75), decision: 'rejected' as const };
    const kept = { ...proposed('kept', 0.7, { span: { start: 40, end: 45 } }), decision: 'accepted' as const };
    const earlier = [accepted, rejected, proposed('gone', 0.6), { ...proposed('gone-rejected', 0.6), decision: 'rejected' as const }, kept, manual];
    // Read again with the article's date: the extractor now dates 'a' and finds 'c'; 'gone' it no longer proposes.
    const fresh = [proposed('a', 0.95, { date: '2024-04-18', reasons: [] }), proposed('b', 0.8), proposed('c', 0.9, { span: { start: 28, end: 31 } })];
    const after = carryOver(fresh, earlier);
    expect(after.map((p) => [p.agreement.id, p.decision])).toEqual([[manual.agreement.id, 'accepted'], ['a', 'accepted'], ['b', 'rejected'], ['c', 'pending'], ['kept', 'accepted']]);
    expect(after[1]!.agreement).toMatchObject({ title_zh: '我的标题', date: '2024-04-18', confidence: 0.95, reasons: [] });
    expect(after[1]!.titleTyped).toEqual({ zh: true });
    // A date the planner set stays theirs.
    const dated = { ...accepted, agreement: { ...accepted.agreement, date: '2024-05' } };
    expect(carryOver(fresh, [dated])[0]!.agreement.date).toBe('2024-05');
    expect(carryOver(fresh, undefined)).toBe(fresh);
  });
});
