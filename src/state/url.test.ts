import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODES, STATUSES } from '../data/transport-schema';
import { parse, roundCamera, serialize, MAX_QUERY_LENGTH, type Migration } from './url';
import { AS_OF_MAX, AS_OF_MIN, COUNT_BASES, DEFAULT_LINK_STATE, DOMAINS, KINDS, MAP_MODES, PANELS, PARTNER_PROVINCES, YEAR_MAX, YEAR_MIN, type LinkState } from './view-types';

const sortedSubset = <T extends string>(all: readonly T[]) => fc.subarray([...all]).map((a) => [...a].sort());
const id = fc.stringMatching(/^[a-z0-9][a-z0-9:.\-\u4e00-\u9fa5]{0,40}$/);

const linkState: fc.Arbitrary<LinkState> = fc.record({
  lang: fc.constantFrom('zh' as const, 'en' as const),
  selection: fc.oneof(
    fc.constant({ type: 'none' as const }),
    fc.stringMatching(/^5[01]\d{4}$/).map((code) => ({ type: 'district' as const, code })),
    id.map((i) => ({ type: 'feature' as const, id: i })),
    id.map((i) => ({ type: 'agreement' as const, id: i })),
    fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/).map((i) => ({ type: 'new-area' as const, id: i })),
    // A pair is kept in key order, as the network draws its links.
    fc
      .uniqueArray(fc.oneof(fc.stringMatching(/^5[01]\d{2}[0-9][1-9]$/).map((c) => `d:${c}`), fc.stringMatching(/^5[01][1-9]\d00$/).map((c) => `p:${c}`), fc.constantFrom('v:500000', 'v:510000')), { minLength: 2, maxLength: 2 })
      .map((ks) => [...ks].sort())
      .map(([a, b]) => ({ type: 'pair' as const, a: a!, b: b! })),
  ),
  hiddenModes: sortedSubset(MODES),
  hiddenStatuses: sortedSubset(STATUSES),
  mapMode: fc.constantFrom(...MAP_MODES),
  countBasis: fc.constantFrom(...COUNT_BASES),
  filters: fc.record({
    domains: sortedSubset(DOMAINS),
    kinds: sortedSubset(KINDS),
    years: fc.option(
      fc.tuple(fc.integer({ min: YEAR_MIN, max: YEAR_MAX }), fc.integer({ min: YEAR_MIN, max: YEAR_MAX })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
      { nil: null },
    ),
    partnerProvince: fc.option(fc.constantFrom(...PARTNER_PROVINCES), { nil: null }),
    minConfidence: fc.option(fc.integer({ min: 1, max: 100 }).map((n) => n / 100), { nil: null }),
    undatedByReport: fc.boolean(),
  }).map((f) => ({ ...f, undatedByReport: f.years !== null && f.undatedByReport })),
  panel: fc.constantFrom(...PANELS),
  reader: fc.option(fc.record({ article: fc.stringMatching(/^[\w.-]{1,30}$/), offset: fc.integer({ min: 0, max: 9_999_999 }) }), { nil: null }),
  asOf: fc.option(fc.integer({ min: AS_OF_MIN, max: AS_OF_MAX }), { nil: null }),
  camera: fc.option(
    fc
      .record({
        center: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true })),
        zoom: fc.double({ min: 0, max: 22, noNaN: true }),
        bearing: fc.integer({ min: -180, max: 180 }),
        pitch: fc.integer({ min: 0, max: 85 }),
      })
      .map(roundCamera)
      .map((c) => ({ ...c, center: c.center.map((v) => (Object.is(v, -0) ? 0 : v)) as [number, number], zoom: Object.is(c.zoom, -0) ? 0 : c.zoom, bearing: Object.is(c.bearing, -0) ? 0 : c.bearing })),
    { nil: null },
  ),
});

/** What every parse result must be, whatever the input: values from the vocabularies only. */
function assertValid(s: LinkState) {
  expect(['zh', 'en']).toContain(s.lang);
  expect(['none', 'district', 'feature', 'agreement', 'pair']).toContain(s.selection.type);
  if (s.selection.type === 'pair') {
    expect(s.selection.a < s.selection.b).toBe(true);
    for (const k of [s.selection.a, s.selection.b]) expect(k).toMatch(/^[dpv]:\d{6}$/);
  }
  if (s.selection.type === 'district') expect(s.selection.code).toMatch(/^\d{6}$/);
  if (s.selection.type === 'feature' || s.selection.type === 'agreement') expect(s.selection.id).not.toMatch(/[\s<>"'`]/);
  for (const m of s.hiddenModes) expect(MODES).toContain(m);
  for (const m of s.hiddenStatuses) expect(STATUSES).toContain(m);
  expect(MAP_MODES).toContain(s.mapMode);
  for (const d of s.filters.domains) expect(DOMAINS).toContain(d);
  for (const k of s.filters.kinds) expect(KINDS).toContain(k);
  if (s.filters.years) {
    expect(s.filters.years[0]).toBeGreaterThanOrEqual(YEAR_MIN);
    expect(s.filters.years[1]).toBeLessThanOrEqual(YEAR_MAX);
    expect(s.filters.years[0]).toBeLessThanOrEqual(s.filters.years[1]);
  }
  if (s.filters.minConfidence !== null) {
    expect(s.filters.minConfidence).toBeGreaterThan(0);
    expect(s.filters.minConfidence).toBeLessThanOrEqual(1);
  }
  if (s.asOf !== null) {
    expect(Number.isInteger(s.asOf)).toBe(true);
    expect(s.asOf).toBeGreaterThanOrEqual(AS_OF_MIN);
    expect(s.asOf).toBeLessThanOrEqual(AS_OF_MAX);
  }
  if (s.camera) {
    expect(Math.abs(s.camera.center[0])).toBeLessThanOrEqual(180);
    expect(Math.abs(s.camera.center[1])).toBeLessThanOrEqual(85);
    expect(Number.isFinite(s.camera.zoom)).toBe(true);
  }
}

describe('share link codec', () => {
  it('round-trips every valid state: parse(serialize(s)) equals s, with nothing dropped', () => {
    fc.assert(
      fc.property(linkState, (s) => {
        const { state, problems } = parse(serialize(s));
        expect(problems).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and always returns a valid state for random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (q) => {
        assertValid(parse(q).state);
        assertValid(parse(`?${q}`).state);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws for hostile values under every known parameter', () => {
    const key = fc.constantFrom('v', 'lang', 'sel', 'hm', 'hs', 'mode', 'fd', 'fk', 'fy', 'fu', 'fp', 'fc', 'panel', 'r', 't', 'c', 'x', '__proto__', 'constructor');
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '%', '%E0%A4%A', 'd:', 'f:', 'a:<b>', '9999-1000', '1e308,1e308,99', 'NaN,NaN,NaN', '-0,-0,-0', 'javascript:alert(1)', '1.5', '-0.3', '0', '2014', '2036', '2027.5', '1e3'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
        const q = `?${pairs.map(([k, v]) => `${k}=${Math.random() < 0.5 ? encodeURIComponent(v) : v}`).join('&')}`;
        assertValid(parse(q).state);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves defaults out: the default view has an empty link', () => {
    expect(serialize(DEFAULT_LINK_STATE)).toBe('');
    expect(parse('').state).toEqual(DEFAULT_LINK_STATE);
  });

  it('writes short, readable parameters in a fixed order', () => {
    const s: LinkState = {
      ...DEFAULT_LINK_STATE,
      lang: 'en',
      selection: { type: 'feature', id: 'chengyu-zhongxian-hsr' },
      hiddenModes: ['rail'],
      filters: { domains: ['tourism-culture'], kinds: [], years: [2020, 2023], partnerProvince: '510000', minConfidence: 0.7, undatedByReport: false },
      asOf: 2027,
      camera: { center: [105.736, 29.64], zoom: 8.5, bearing: 0, pitch: 0 },
    };
    expect(serialize(s)).toBe('?v=1&lang=en&sel=f:chengyu-zhongxian-hsr&hm=rail&fd=tourism-culture&fy=2020-2023&fp=510000&fc=0.7&t=2027&c=105.736,29.64,8.5');
  });

  it('carries the switch that counts undated agreements by their first report, with the year range only', () => {
    const on: LinkState = { ...DEFAULT_LINK_STATE, filters: { ...DEFAULT_LINK_STATE.filters, years: [2021, 2022], undatedByReport: true } };
    expect(serialize(on)).toBe('?v=1&fy=2021-2022&fu=reported');
    expect(parse(serialize(on))).toEqual({ state: on, problems: [] });
    // A link from before the switch keeps its meaning: undated agreements stay out of the range.
    expect(parse('?v=1&fy=2021-2022').state.filters.undatedByReport).toBe(false);
    // Without a range it means nothing, and a value it does not know is named.
    expect(parse('?v=1&fu=reported').state.filters.undatedByReport).toBe(false);
    expect(parse('?v=1&fy=2021&fu=yes').problems).toEqual([{ param: 'fu', kind: 'invalid' }]);
  });

  it('carries the count basis, so a link to the count map or the district table counts as it was shared', () => {
    const all: LinkState = { ...DEFAULT_LINK_STATE, mapMode: 'choropleth', countBasis: 'all', panel: 'table' };
    expect(serialize(all)).toBe('?v=1&mode=choropleth&cb=all&panel=table');
    expect(parse('?v=1&mode=choropleth&cb=all&panel=table')).toEqual({ state: all, problems: [] });
    // A link from before it counts own agreements, as those links always did; a value it does not know is named.
    expect(parse('?v=1&mode=choropleth&panel=table').state.countBasis).toBe('own');
    expect(parse('?v=1&cb=some').problems).toEqual([{ param: 'cb', kind: 'invalid' }]);
  });

  it('keeps every valid part of a broken link and names what it dropped', () => {
    const { state, problems } = parse('?lang=en&sel=d:12&hm=rail,bogus&fy=2023-2020&c=200,10,5&zzz=1&lang=zh');
    expect(state.lang).toBe('en');
    expect(state.selection).toEqual({ type: 'none' });
    expect(state.hiddenModes).toEqual(['rail']);
    expect(problems).toEqual(
      expect.arrayContaining([
        { param: 'lang', kind: 'repeated' },
        { param: 'sel', kind: 'invalid' },
        { param: 'hm', kind: 'some-invalid' },
        { param: 'fy', kind: 'invalid' },
        { param: 'c', kind: 'invalid' },
        { param: 'zzz', kind: 'unknown' },
      ]),
    );
  });

  it('carries a network pair as two place codes in a stable order, whichever way round it was written', () => {
    const s: LinkState = { ...DEFAULT_LINK_STATE, selection: { type: 'pair', a: 'd:500112', b: 'd:510116' }, mapMode: 'network' };
    expect(serialize(s)).toBe('?v=1&sel=p:500112,510116&mode=network');
    expect(parse('?sel=p:510116,500112&mode=network')).toEqual({ state: s, problems: [] });
    // A prefecture or province is told by its code (GB/T 2260: xxxx00, xx0000).
    expect(parse('?sel=p:511400,500112').state.selection).toEqual({ type: 'pair', a: 'd:500112', b: 'p:511400' });
    expect(parse('?sel=p:500000,510000').state.selection).toEqual({ type: 'pair', a: 'v:500000', b: 'v:510000' });
  });

  it('carries an open new area by its id; a malformed id is invalid, the rest of the link kept', () => {
    const s: LinkState = { ...DEFAULT_LINK_STATE, selection: { type: 'new-area', id: 'liangjiang' }, lang: 'en' };
    expect(serialize(s)).toBe('?v=1&lang=en&sel=n:liangjiang');
    expect(parse('?v=1&lang=en&sel=n:liangjiang')).toEqual({ state: s, problems: [] });
    for (const bad of ['n:', 'n:Liang Jiang', 'n:<b>', `n:${'a'.repeat(61)}`]) {
      const { state, problems } = parse(`?sel=${encodeURIComponent(bad)}&lang=en`);
      expect(state.selection, bad).toEqual({ type: 'none' });
      expect(state.lang).toBe('en');
      expect(problems).toEqual([{ param: 'sel', kind: 'invalid' }]);
    }
  });

  it('drops a malformed pair and keeps the rest of the link', () => {
    for (const bad of ['p:500112', 'p:500112,500112', 'p:500112,abc', 'p:500112,510116,510104', 'p:,', 'p:d:500112,d:510116', 'p:500112,<b>']) {
      const { state, problems } = parse(`?sel=${encodeURIComponent(bad)}&mode=network&lang=en`);
      expect(state.selection, bad).toEqual({ type: 'none' });
      expect(state.mapMode).toBe('network');
      expect(state.lang).toBe('en');
      expect(problems).toEqual([{ param: 'sel', kind: 'invalid' }]);
    }
  });

  it('keeps the valid items of a list and drops only the others (hm=foo,rail hides rail)', () => {
    expect(parse('?hm=foo,rail').state.hiddenModes).toEqual(['rail']);
    expect(parse('?hm=foo,rail').problems).toEqual([{ param: 'hm', kind: 'some-invalid' }]);
    expect(parse('?hs=planned,,nope,planned').state.hiddenStatuses).toEqual(['planned']);
    expect(parse('?hm=foo,bar')).toEqual({ state: parse('').state, problems: [{ param: 'hm', kind: 'invalid' }] });
    expect(parse('?hm=').problems).toEqual([{ param: 'hm', kind: 'invalid' }]);
  });

  it('reads the time slider and the minimum confidence, and drops impossible ones while keeping the rest', () => {
    expect(parse('?t=2027&fc=0.65').state).toMatchObject({ asOf: 2027, filters: { minConfidence: 0.65 } });
    for (const t of ['2014', '2036', '20270', '2027.5', 'soon', '']) {
      const { state, problems } = parse(`?lang=en&fd=ecology&t=${t}&fc=0.5`);
      expect(state.asOf, t).toBeNull();
      expect(state.lang).toBe('en');
      expect(state.filters.domains).toEqual(['ecology']);
      expect(state.filters.minConfidence).toBe(0.5);
      expect(problems).toEqual([{ param: 't', kind: 'invalid' }]);
    }
    for (const c of ['0', '1.5', '-0.3', '0.123', 'NaN', 'high']) {
      const { state, problems } = parse(`?t=2030&fc=${c}`);
      expect(state.filters.minConfidence, c).toBeNull();
      expect(state.asOf).toBe(2030);
      expect(problems).toEqual([{ param: 'fc', kind: 'invalid' }]);
    }
  });

  it('refuses markup in ids', () => {
    const { state, problems } = parse(`?sel=${encodeURIComponent('f:<script>alert(1)</script>')}`);
    expect(state.selection).toEqual({ type: 'none' });
    expect(problems).toEqual([{ param: 'sel', kind: 'invalid' }]);
  });

  it('reads a 100 kB link: the parameters before the cut survive, and the cut is reported', () => {
    const huge = `?lang=en&sel=d:500111&pad=${'x'.repeat(100_000)}&hm=rail`;
    const { state, problems } = parse(huge);
    expect(state.lang).toBe('en');
    expect(state.selection).toEqual({ type: 'district', code: '500111' });
    expect(problems.map((p) => p.kind)).toContain('truncated');
    expect(huge.length).toBeGreaterThan(MAX_QUERY_LENGTH);
  });

  it('migrates an older version through the registry, and flags a newer one but reads what it can', () => {
    const v0: Migration = (p) => {
      const out = new Map(p);
      const d = out.get('district');
      out.delete('district');
      if (d) out.set('sel', `d:${d}`);
      return out;
    };
    expect(parse('?v=0&district=500111', { 0: v0 }).state.selection).toEqual({ type: 'district', code: '500111' });
    const newer = parse('?v=99&lang=en');
    expect(newer.state.lang).toBe('en');
    expect(newer.problems).toEqual([{ param: 'v', kind: 'newer-version' }]);
  });
});
