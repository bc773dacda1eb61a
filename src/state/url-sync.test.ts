import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexTransport } from '../data/transport';
import type { DistrictIndex } from '../data/districts';
import { useCameraStore } from './camera-store';
import { useNoticeStore } from './notice-store';
import { DEFAULT_LINK_STATE } from './view-types';
import { indexAgreements } from '../data/agreements';
import { FIXTURE } from '../agreements/fixture';
import { dropUnknownIds, REPLACE_THROTTLE_MS, startUrlSync, unknownIds } from './url-sync';
import { linkFields, useViewStore } from './view-store';

/** Just enough of `window` for the sync: a location, a history that rewrites it, popstate. */
function fakeWindow(search: string) {
  const listeners = new Set<() => void>();
  const entries: string[] = [search];
  let index = 0;
  const location = { pathname: '/', hash: '', search };
  const go = (url: string) => {
    location.search = url.slice(1).includes('?') ? url.slice(url.indexOf('?')) : '';
  };
  const history = {
    pushState: vi.fn((_: unknown, __: string, url: string) => {
      go(url);
      entries.splice(index + 1, Infinity, location.search);
      index++;
    }),
    replaceState: vi.fn((_: unknown, __: string, url: string) => {
      go(url);
      entries[index] = location.search;
    }),
  };
  const win = {
    location,
    history,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const back = () => {
    index--;
    location.search = entries[index]!;
    listeners.forEach((fn) => fn());
  };
  return { win: win as unknown as Window, history, location, back };
}

beforeEach(() => {
  vi.useFakeTimers();
  const { camera: _c, ...view } = DEFAULT_LINK_STATE;
  useViewStore.getState().applyLink(view);
  useCameraStore.setState({ camera: null, requested: 0 });
  useNoticeStore.getState().dismiss();
});
afterEach(() => vi.useRealTimers());

describe('startUrlSync', () => {
  it('applies the link it starts with, camera included', () => {
    const { win } = fakeWindow('?lang=en&sel=d:500111&hm=rail&c=105.7,29.6,8');
    const stop = startUrlSync(win);
    expect(useViewStore.getState().lang).toBe('en');
    expect(useViewStore.getState().selection).toEqual({ type: 'district', code: '500111' });
    expect(useViewStore.getState().hiddenModes).toEqual(['rail']);
    expect(useCameraStore.getState().camera).toEqual({ center: [105.7, 29.6], zoom: 8, bearing: 0, pitch: 0 });
    stop();
  });

  it('pushes a history entry for a new selection and replaces it, throttled, for anything else', () => {
    const { win, history, location } = fakeWindow('');
    const stop = startUrlSync(win);
    useViewStore.getState().select({ type: 'district', code: '500111' }, 'map');
    expect(history.pushState).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?v=1&sel=d:500111');
    useViewStore.getState().toggleMode('rail');
    useCameraStore.getState().settle({ center: [105, 30], zoom: 7, bearing: 0, pitch: 0 });
    useCameraStore.getState().settle({ center: [105.1, 30], zoom: 7, bearing: 0, pitch: 0 });
    expect(history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REPLACE_THROTTLE_MS);
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?v=1&sel=d:500111&hm=rail&c=105.1,30,7');
    expect(history.pushState).toHaveBeenCalledTimes(1);
    stop();
  });

  it('restores the earlier selection on back', () => {
    const { win, back } = fakeWindow('');
    const stop = startUrlSync(win);
    useViewStore.getState().select({ type: 'district', code: '500111' }, 'map');
    useViewStore.getState().select({ type: 'district', code: '511400' }, 'panel');
    back();
    expect(useViewStore.getState().selection).toEqual({ type: 'district', code: '500111' });
    back();
    expect(useViewStore.getState().selection).toEqual({ type: 'none' });
    stop();
  });

  it('reports what a link could not apply', () => {
    const { win } = fakeWindow('?sel=%3Cscript%3E&lang=en&bogus=1');
    const stop = startUrlSync(win);
    expect(useViewStore.getState().lang).toBe('en');
    expect(useNoticeStore.getState().linkProblems.map((p) => p.param).sort()).toEqual(['bogus', 'sel']);
    stop();
  });

  it('leaves in the address bar only what the link could apply, so a copy does not carry the bad parts on', () => {
    const { win, location, history } = fakeWindow('?sel=%3Cscript%3E&lang=en&bogus=1&c=105.7,29.6,8&r=..%2Fx%4012');
    const stop = startUrlSync(win);
    expect(location.search).toBe('?v=1&lang=en&c=105.7,29.6,8');
    expect(history.pushState).not.toHaveBeenCalled();
    stop();
  });
});

describe('unknownIds', () => {
  const districts = { byCode: new Map([['500111', {}]]) } as unknown as DistrictIndex;
  const transport = indexTransport([]);
  const data = { districts, transport, agreements: indexAgreements(FIXTURE, new Map()), articles: [{ file: 'a.txt', text: '成渝' }] };
  it('accepts known agreement ids and reader positions, and flags the rest', () => {
    expect(unknownIds({ selection: { type: 'agreement', id: 'laixi-river-coordination' }, reader: { article: 'a.txt', offset: 2 } }, data)).toEqual([]);
    expect(unknownIds({ selection: { type: 'agreement', id: 'nope' }, reader: null }, data)).toEqual([{ param: 'sel', kind: 'not-found' }]);
    expect(unknownIds({ selection: { type: 'none' }, reader: { article: 'b.txt', offset: 0 } }, data)).toEqual([{ param: 'r', kind: 'not-found' }]);
    expect(unknownIds({ selection: { type: 'none' }, reader: { article: 'a.txt', offset: 3 } }, data)).toEqual([{ param: 'r', kind: 'not-found' }]);
  });

  it('accepts a new area the atlas has and flags an unknown one', () => {
    expect(unknownIds({ selection: { type: 'new-area', id: 'liangjiang' }, reader: null }, data)).toEqual([]);
    expect(unknownIds({ selection: { type: 'new-area', id: 'nowhere' }, reader: null }, data)).toEqual([{ param: 'sel', kind: 'not-found' }]);
  });

  it('says of an agreement or article added in another browser that it is not loaded here', () => {
    expect(unknownIds({ selection: { type: 'agreement', id: 'local-0123456789ab-agreement-tongnan' }, reader: { article: 'local-0123456789ab', offset: 0 } }, data)).toEqual([
      { param: 'sel', kind: 'local-not-loaded' },
      { param: 'r', kind: 'local-not-loaded' },
    ]);
  });

  it('accepts a pair of known places and flags a pair naming a place the data lacks', () => {
    const withAreas = { ...data, districts: { byCode: new Map([['500111', { prefectureCode: '500100', provinceCode: '500000' }], ['510116', { prefectureCode: '510100', provinceCode: '510000' }]]) } as unknown as DistrictIndex };
    expect(unknownIds({ selection: { type: 'pair', a: 'd:500111', b: 'd:510116' }, reader: null }, withAreas)).toEqual([]);
    expect(unknownIds({ selection: { type: 'pair', a: 'd:500111', b: 'p:510100' }, reader: null }, withAreas)).toEqual([]);
    expect(unknownIds({ selection: { type: 'pair', a: 'd:500111', b: 'v:510000' }, reader: null }, withAreas)).toEqual([]);
    expect(unknownIds({ selection: { type: 'pair', a: 'd:500111', b: 'd:510999' }, reader: null }, withAreas)).toEqual([{ param: 'sel', kind: 'not-found' }]);
    expect(unknownIds({ selection: { type: 'pair', a: 'd:500111', b: 'p:511900' }, reader: null }, withAreas)).toEqual([{ param: 'sel', kind: 'not-found' }]);
  });

  it('accepts known ids and flags the rest', () => {
    expect(unknownIds({ selection: { type: 'district', code: '500111' }, reader: null }, data)).toEqual([]);
    expect(unknownIds({ selection: { type: 'district', code: '500999' }, reader: null }, data)).toEqual([{ param: 'sel', kind: 'not-found' }]);
    expect(unknownIds({ selection: { type: 'feature', id: 'nope' }, reader: null }, data)).toHaveLength(1);
    expect(unknownIds({ selection: { type: 'none' }, reader: null }, data)).toEqual([]);
  });

  it('keeps the link fields plain data', () => {
    expect(Object.keys(linkFields(useViewStore.getState())).sort()).toEqual(['asOf', 'countBasis', 'filters', 'hiddenModes', 'hiddenStatuses', 'lang', 'mapMode', 'panel', 'reader', 'selection']);
  });
});

describe('a link to an agreement added in another browser', () => {
  const districts = { byCode: new Map([['500111', {}]]) } as unknown as DistrictIndex;
  const transport = indexTransport([]);
  const seedOnly = { districts, transport, agreements: indexAgreements(FIXTURE, new Map()), articles: [{ file: 'a.txt', text: '成渝' }] };
  const LOCAL = 'local-0123456789ab';
  const local = { ...FIXTURE[0]!, id: `${LOCAL}-agreement-tongnan`, article: LOCAL };
  const withBundle = { ...seedOnly, agreements: indexAgreements([...FIXTURE, local], new Map()), articles: [...seedOnly.articles, { file: LOCAL, text: '潼南与乐至签署协议。' }] };

  it('is applied, reader position and all, once the bundle is imported, and its notice goes', () => {
    const { win } = fakeWindow(`?sel=a:${local.id}&r=${LOCAL}@3&hm=rail&x=1`);
    const stop = startUrlSync(win);
    dropUnknownIds(seedOnly);
    expect(useViewStore.getState().selection).toEqual({ type: 'none' });
    expect(useNoticeStore.getState().linkProblems.map((p) => p.kind)).toContain('local-not-loaded');
    // Loading anything else (the seed data again) changes nothing.
    dropUnknownIds(seedOnly);
    expect(useViewStore.getState().selection).toEqual({ type: 'none' });

    dropUnknownIds(withBundle);
    expect(useViewStore.getState().selection).toEqual({ type: 'agreement', id: local.id });
    expect(useViewStore.getState().reader).toEqual({ article: LOCAL, offset: 3 });
    // The other problems of the link (an unknown parameter) are still said; the import hint is gone.
    expect(useNoticeStore.getState().linkProblems.map((p) => p.kind)).toEqual(['unknown']);
    vi.advanceTimersByTime(REPLACE_THROTTLE_MS + 10);
    expect(win.location.search).toContain(`sel=a:${local.id}`);
    stop();
  });
});

describe('a link made before a better reading renamed its agreement', () => {
  const districts = { byCode: new Map([['500111', {}]]) } as unknown as DistrictIndex;
  const transport = indexTransport([]);
  const renamed = { ...FIXTURE[0]!, id: 'laixi-river-public-services', former_ids: ['laixi-river-governance-2'] };
  const data = { districts, transport, agreements: indexAgreements([renamed, ...FIXTURE.slice(1)], new Map()), articles: [{ file: 'a.txt', text: '成渝' }] };

  it('opens the agreement under its new id, says nothing is wrong, and writes the new id into the address', () => {
    const { win } = fakeWindow('?sel=a:laixi-river-governance-2');
    const stop = startUrlSync(win);
    dropUnknownIds(data);
    expect(useViewStore.getState().selection).toEqual({ type: 'agreement', id: 'laixi-river-public-services' });
    expect(useNoticeStore.getState().linkProblems).toEqual([]);
    vi.advanceTimersByTime(REPLACE_THROTTLE_MS + 10);
    expect(win.location.search).toContain('sel=a:laixi-river-public-services');
    stop();
  });

  it('still reports an id no agreement ever had', () => {
    const { win } = fakeWindow('?sel=a:never-was');
    const stop = startUrlSync(win);
    dropUnknownIds(data);
    expect(useViewStore.getState().selection).toEqual({ type: 'none' });
    expect(useNoticeStore.getState().linkProblems.map((p) => p.kind)).toEqual(['not-found']);
    stop();
  });
});
