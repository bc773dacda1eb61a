import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../data/agreement-schema';
import { DOMAINS, KINDS, PARTNER_PROVINCES } from '../data/agreement-vocab';
import { indexAgreements } from '../data/agreements';
import { FIXTURE, FIXTURE_DISTRICTS } from '../agreements/fixture';
import { DEFAULT_FILTERS, type AgreementFilters } from '../state/view-types';
import { activeFilters, filterAgreements, filtersToLoosen, isFiltering, passes, undatedByReportIn, visibleAgreements, without } from './agreement-filter';

const f = (over: Partial<AgreementFilters>): AgreementFilters => ({ ...DEFAULT_FILTERS, ...over });
const ids = (filters: AgreementFilters, asOf: number | null = null) => filterAgreements(FIXTURE, filters, asOf).map((a) => a.id).sort();
const districts = new Map(FIXTURE_DISTRICTS.map((d) => [d.code, d]));

describe('agreement filters', () => {
  it('passes everything with no filter', () => {
    expect(ids(DEFAULT_FILTERS)).toHaveLength(FIXTURE.length);
    expect(isFiltering(DEFAULT_FILTERS, null)).toBe(false);
  });

  it('keeps agreements in any chosen field, of any chosen kind', () => {
    expect(ids(f({ domains: ['ecology', 'trade'] }))).toEqual(['laixi-river-coordination', 'liangjiang-tianfu-gateway']);
    expect(ids(f({ kinds: ['plan'] }))).toEqual(['transport-three-year-plan']);
    expect(ids(f({ domains: ['ecology'], kinds: ['plan'] }))).toEqual([]);
  });

  it('keeps agreements dated within the year range, both ends included', () => {
    expect(ids(f({ years: [2019, 2019] }))).toEqual(['laixi-river-coordination']);
    expect(ids(f({ years: [2020, 2021] }))).not.toContain('laixi-river-coordination');
  });

  it('keeps agreements with a party in the partner province; "other" means a party outside both', () => {
    expect(ids(f({ partnerProvince: '510000' }))).toHaveLength(5);
    const outside = { ...FIXTURE[0]!, id: 'outside', parties: [{ name: '大足区', code: '500111', level: 'county' as const }, { name: '昆明市', code: '530100', level: 'prefecture' as const }] };
    expect(filterAgreements([...FIXTURE, outside], f({ partnerProvince: 'other' }), null).map((a) => a.id)).toEqual(['outside']);
    expect(filterAgreements([...FIXTURE, outside], f({ partnerProvince: '510000' }), null).map((a) => a.id)).not.toContain('outside');
  });

  it('"both" keeps only agreements with a party on each side of the line, not those within one province', () => {
    const sichuanOnly = { ...FIXTURE[0]!, id: 'sichuan-only', parties: [{ name: '成都市', code: '510100', level: 'prefecture' as const }, { name: '宜宾市', code: '511500', level: 'prefecture' as const }] };
    const both = filterAgreements([...FIXTURE, sichuanOnly], f({ partnerProvince: 'both' }), null).map((a) => a.id);
    expect(both).not.toContain('sichuan-only');
    expect(both.length).toBeGreaterThan(0);
    for (const id of both) {
      const codes = [...FIXTURE, sichuanOnly].find((a) => a.id === id)!.parties.map((p) => p.code ?? '');
      expect(codes.some((c) => c.startsWith('50')) && codes.some((c) => c.startsWith('51'))).toBe(true);
    }
    expect(filterAgreements([sichuanOnly], f({ partnerProvince: '510000' }), null)).toHaveLength(1);
  });

  it('keeps agreements at least as sure as the minimum confidence', () => {
    expect(ids(f({ minConfidence: 0.9 }))).not.toContain('liangjiang-tianfu-gateway');
    expect(ids(f({ minConfidence: 0.95 }))).toEqual(['dazu-meishan-tourism', 'laixi-river-coordination']);
  });

  it('shows agreements from their date on the time slider; undated ones stay', () => {
    expect(ids(DEFAULT_FILTERS, 2019)).toEqual(['laixi-river-coordination']);
    expect(ids(DEFAULT_FILTERS, 2020)).toHaveLength(5);
    const undated = { ...FIXTURE[0]!, id: 'undated', date: null };
    expect(filterAgreements([undated], DEFAULT_FILTERS, 2015).map((a) => a.id)).toEqual(['undated']);
    expect(filterAgreements([undated], f({ years: [2000, 2035] }), null)).toEqual([]);
  });

  it('shows an undated agreement on the time slider from the year it was first reported', () => {
    const undated = { ...FIXTURE[0]!, id: 'undated-reported', date: null, article: 'report.txt' };
    const dates: Record<string, string> = { 'report.txt': '2020-05-03' };
    const all = indexAgreements([undated], districts, (file) => dates[file] ?? null);
    expect(all.reportedYear.get('undated-reported')).toBe(2020);
    expect(visibleAgreements(all, DEFAULT_FILTERS, 2019).list).toEqual([]);
    expect(visibleAgreements(all, DEFAULT_FILTERS, 2020).list.map((a) => a.id)).toEqual(['undated-reported']);
    // Its first report counts: reported again later does not move it.
    const twice = { ...undated, sources: [{ article: 'report.txt', span: undated.span, quote: undated.quote }, { article: 'later.txt', span: undated.span, quote: undated.quote }] };
    expect(indexAgreements([twice], districts, (file) => ({ ...dates, 'later.txt': '2022-01-01' })[file] ?? null).reportedYear.get('undated-reported')).toBe(2020);
    // Without a report date it stays at every year.
    expect(visibleAgreements(indexAgreements([undated], districts), DEFAULT_FILTERS, 2015).list).toHaveLength(1);
  });

  it('lists the active filters as chips, and a chip removed drops only itself', () => {
    const filters = f({ domains: ['ecology'], years: [2020, 2021], minConfidence: 0.9 });
    const active = activeFilters(filters, 2027);
    expect(active.map((a) => a.key)).toEqual(['domain', 'years', 'confidence', 'asOf']);
    expect(without(filters, 2027, active[1]!)).toEqual({ filters: { ...filters, years: null }, asOf: 2027 });
    expect(without(filters, 2027, active[3]!)).toEqual({ filters, asOf: null });
  });

  it('names the filters to loosen: those whose removal alone brings agreements back', () => {
    // Ecology (2019 only) with years 2020–2021: dropping either brings some back; the confidence is no obstacle.
    const filters = f({ domains: ['ecology'], years: [2020, 2021], minConfidence: 0.5 });
    expect(filterAgreements(FIXTURE, filters, null)).toEqual([]);
    expect(filtersToLoosen(indexAgreements(FIXTURE, districts), filters, null).map((a) => a.key).sort()).toEqual(['domain', 'years']);
  });

  it('indexes the passing agreements like the full set, and gives the same index for the same inputs', () => {
    const all = indexAgreements(FIXTURE, districts);
    expect(visibleAgreements(all, DEFAULT_FILTERS, null)).toBe(all);
    const filters = f({ domains: ['tourism-culture'] });
    const v = visibleAgreements(all, filters, null);
    expect(v.list.map((a) => a.id)).toEqual(['dazu-meishan-tourism']);
    expect(v.byDistrict.get('500111')?.map((a) => a.id)).toEqual(['dazu-meishan-tourism']);
    expect(visibleAgreements(all, filters, null)).toBe(v);
    // Taken from the full index, the same as indexing the passing agreements afresh.
    for (const g of [f({ kinds: ['agreement'] }), f({ partnerProvince: '510000' }), f({ years: [2020, 2021] })]) {
      const fresh = indexAgreements(filterAgreements(FIXTURE, g, null), districts);
      expect(visibleAgreements(all, g, null), JSON.stringify(g)).toEqual(fresh);
    }
  });

  it('counts undated agreements by the year first reported when asked, and says how many the range leaves out', () => {
    const undated = (id: string, article: string) => ({ ...FIXTURE[0]!, id, date: null, article });
    const dates: Record<string, string> = { 'r2021.txt': '2021-05-03', 'r2019.txt': '2019-01-01' };
    const list = [...FIXTURE, undated('u2021', 'r2021.txt'), undated('u2019', 'r2019.txt'), undated('unreported', 'none.txt')];
    const all = indexAgreements(list, districts, (file) => dates[file] ?? null);
    const range = f({ years: [2020, 2021] });
    const dated = visibleAgreements(all, range, null).list.map((a) => a.id);
    expect(dated).not.toContain('u2021');
    // The one first reported in 2021 is left out, and counted as left out; one reported earlier or never is not.
    expect(undatedByReportIn(all, range, null)).toBe(1);
    const asked = visibleAgreements(all, { ...range, undatedByReport: true }, null).list.map((a) => a.id);
    expect(asked.sort()).toEqual([...dated, 'u2021'].sort());
    expect(undatedByReportIn(all, { ...range, undatedByReport: true }, null)).toBe(1);
    // The other filters still apply to it; without a range there is nothing to leave out.
    expect(undatedByReportIn(all, { ...range, domains: ['ecology'] }, null)).toBe(0);
    expect(undatedByReportIn(all, f({ undatedByReport: true }), null)).toBe(0);
    // The switch goes with the range: its chip's × clears both, and the chip says it.
    const on = { ...range, undatedByReport: true };
    const chip = activeFilters(on, null)[0]!;
    expect(chip).toEqual({ key: 'years', value: [2020, 2021], undatedByReport: true });
    expect(without(on, null, chip).filters).toEqual(DEFAULT_FILTERS);
    // The empty state reads the first report too: with undated counted, the range is no obstacle.
    const only = indexAgreements([undated('u2021', 'r2021.txt')], districts, (file) => dates[file] ?? null);
    expect(filtersToLoosen(only, { ...range, undatedByReport: true, minConfidence: 0.99 }, null).map((a) => a.key)).toEqual(['confidence']);
  });

  it('keeps, for any filters and year, exactly the agreements that pass them one by one', () => {
    const atlas = (JSON.parse(readFileSync('geodata/agreements.json', 'utf8')) as { agreements: Agreement[] }).agreements;
    const undated = atlas.slice(0, 6).map((a, i) => ({ ...a, id: `undated-${i}`, date: null }));
    const outside = { ...FIXTURE[0]!, id: 'outside', parties: [{ name: '昆明市', code: '530100', level: 'prefecture' as const }, { name: '大足区', code: '500111', level: 'county' as const }] };
    const list = [...atlas, ...FIXTURE, ...undated, outside];
    // Some articles dated, some not: undated agreements then count from their first report, or not at all.
    const all = indexAgreements(list, districts, (article) => (article.endsWith('1.txt') || article.endsWith('3.txt') ? '2021-06-01' : null));
    const filters = fc.record({
      domains: fc.subarray([...DOMAINS]),
      kinds: fc.subarray([...KINDS]),
      years: fc.option(fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 0, max: 6 })).map(([a, n]) => [a, a + n] as [number, number])),
      partnerProvince: fc.option(fc.constantFrom(...PARTNER_PROVINCES)),
      minConfidence: fc.option(fc.constantFrom(0.5, 0.6, 0.75, 0.9)),
      undatedByReport: fc.boolean(),
    });
    fc.assert(
      fc.property(filters, fc.option(fc.integer({ min: 2015, max: 2035 })), (g, asOf) => {
        const one = all.list.filter((a) => passes(a, g, asOf, all.reportedYear.get(a.id) ?? null)).map((a) => a.id);
        expect(visibleAgreements(all, g, asOf).list.map((a) => a.id)).toEqual(one);
      }),
      { numRuns: 300 },
    );
  });
});
