/**
 * The one codec between a share link and the view it shows. `parse` never throws: it keeps every
 * valid parameter, drops the rest and says what it dropped; `serialize` writes short readable
 * parameters in a fixed order and leaves defaults out, so equal views give equal links.
 *
 *   ?v=1&lang=en&sel=d:500111&hm=rail&hs=planned&mode=choropleth&cb=all&fd=tourism-culture,ecology
 *    &fk=agreement&fy=2020-2023&fu=reported&fp=510000&fc=0.7&panel=table&r=article.txt@120&t=2027&c=105.736,29.64,8.5
 *
 * `fu=reported` (undated agreements counted by the year first reported) goes with `fy` only; a link
 * without it, as every link made before it, leaves undated agreements out of the year range.
 */
import { parsePlaceKey, placeKey, placeOfCode } from '../data/agreements';
import { MODES, STATUSES, type Mode, type Status } from '../data/transport-schema';
import {
  DEFAULT_LINK_STATE,
  DOMAINS,
  KINDS,
  LANGS,
  AS_OF_MAX,
  AS_OF_MIN,
  COUNT_BASES,
  MAP_MODES,
  PANELS,
  PARTNER_PROVINCES,
  YEAR_MAX,
  YEAR_MIN,
  type Camera,
  type LinkState,
  type ReaderPosition,
  type Selection,
  pairSelection,
} from './view-types';

export const URL_VERSION = 1;

/** Longest query we read; beyond it a link is cut at a parameter boundary (100 kB links exist). */
export const MAX_QUERY_LENGTH = 8192;
export const MAX_VALUE_LENGTH = 512;

/** `local-not-loaded`: the link names an article added in another browser (src/data/bundle.ts). */
export type ProblemKind = 'unknown' | 'invalid' | 'some-invalid' | 'repeated' | 'too-long' | 'truncated' | 'newer-version' | 'not-found' | 'local-not-loaded';
export interface LinkProblem {
  param: string;
  kind: ProblemKind;
}

export interface ParseResult {
  state: LinkState;
  problems: LinkProblem[];
}

/** Rewrites the parameters of an older version into the next one; keyed by the version it reads. */
export type Migration = (params: Map<string, string>) => Map<string, string>;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

const KNOWN = ['v', 'lang', 'sel', 'hm', 'hs', 'mode', 'cb', 'fd', 'fk', 'fy', 'fu', 'fp', 'fc', 'panel', 'r', 't', 'c'] as const;
type Known = (typeof KNOWN)[number];

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (v: string): T | undefined =>
    (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * A comma list of allowed words: the allowed ones are kept (sorted, once each) and the rest
 * dropped, so `hm=foo,rail` still hides rail; `dropped` says whether anything was.
 */
export function splitList<T extends string>(allowed: readonly T[], v: string): { kept: T[]; dropped: boolean } {
  const items = v.split(',').filter(Boolean);
  const kept = items.filter((i): i is T => (allowed as readonly string[]).includes(i));
  return { kept: [...new Set(kept)].sort(), dropped: kept.length < items.length || items.length === 0 };
}

const ID = /^[^\s<>"'`]{1,120}$/;

/** `p:500112,510116`: the two places by code, either way round; the same place twice is no pair. */
function parsePair(v: string): Selection | undefined {
  const codes = v.split(',');
  if (codes.length !== 2) return undefined;
  const [x, y] = codes.map(placeOfCode);
  if (!x || !y || x.code === y.code) return undefined;
  return pairSelection(placeKey(x), placeKey(y));
}

function parseSelection(v: string): Selection | undefined {
  if (v.startsWith('p:')) return parsePair(v.slice(2));
  // A new area by its id (liangjiang): whether the atlas has it is checked with the data (url-sync).
  if (v.startsWith('n:')) return /^[a-z0-9-]{1,60}$/.test(v.slice(2)) ? { type: 'new-area', id: v.slice(2) } : undefined;
  const m = /^([dfa]):(.+)$/.exec(v);
  if (!m) return undefined;
  const [, kind, id] = m as unknown as [string, 'd' | 'f' | 'a', string];
  if (kind === 'd') return /^\d{6}$/.test(id) ? { type: 'district', code: id } : undefined;
  if (!ID.test(id)) return undefined;
  return kind === 'f' ? { type: 'feature', id } : { type: 'agreement', id };
}

function parseYears(v: string): [number, number] | undefined {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(v);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  if (a < YEAR_MIN || b > YEAR_MAX || a > b) return undefined;
  return [a, b];
}

/** A minimum confidence: 0 < c ≤ 1, at most two decimals (0 would filter nothing, so it is not a value). */
function parseConfidence(v: string): number | undefined {
  if (!/^(0(\.\d{1,2})?|1(\.0{1,2})?)$/.test(v)) return undefined;
  const c = Number(v);
  return c > 0 ? c : undefined;
}

function parseAsOf(v: string): number | undefined {
  if (!/^\d{4}$/.test(v)) return undefined;
  const y = Number(v);
  return y >= AS_OF_MIN && y <= AS_OF_MAX ? y : undefined;
}

function parseReader(v: string): ReaderPosition | undefined {
  const m = /^([\w.-]{1,120})@(\d{1,8})$/.exec(v);
  return m ? { article: m[1]!, offset: Number(m[2]) } : undefined;
}

const NUMBER = /^-?\d{1,3}(\.\d{1,6})?$/;

function parseCamera(v: string): Camera | undefined {
  const parts = v.split(',');
  if (parts.length < 3 || parts.length > 5 || !parts.every((p) => NUMBER.test(p))) return undefined;
  const [lon, lat, zoom, bearing = 0, pitch = 0] = parts.map(Number) as [number, number, number, number?, number?];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22 || Math.abs(bearing) > 180 || pitch < 0 || pitch > 85) return undefined;
  return { center: [lon, lat], zoom, bearing, pitch };
}

/** Splits a query into parameters, first occurrence winning, noting repeats and oversize values. */
function readParams(search: string, problems: LinkProblem[]): Map<string, string> {
  let query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) {
    query = query.slice(0, query.lastIndexOf('&', MAX_QUERY_LENGTH) + 1 || MAX_QUERY_LENGTH);
    problems.push({ param: '*', kind: 'truncated' });
  }
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
      value = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      problems.push({ param: pair.slice(0, 40), kind: 'invalid' });
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) problems.push({ param: key.slice(0, 40), kind: 'too-long' });
    else if (params.has(key)) problems.push({ param: key.slice(0, 40), kind: 'repeated' });
    else params.set(key, value);
  }
  return params;
}

export function parse(search: string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ParseResult {
  const problems: LinkProblem[] = [];
  let params = readParams(search, problems);
  if (params.size === 0) return { state: DEFAULT_LINK_STATE, problems };

  const version = params.has('v') ? Number(params.get('v')) : URL_VERSION;
  if (!Number.isInteger(version) || version < 0) problems.push({ param: 'v', kind: 'invalid' });
  else if (version > URL_VERSION) problems.push({ param: 'v', kind: 'newer-version' });
  else for (let from = version; from < URL_VERSION; from++) params = migrations[from]?.(params) ?? params;

  const state: LinkState = { ...DEFAULT_LINK_STATE, filters: { ...DEFAULT_LINK_STATE.filters } };
  const take = <T>(key: Known, read: (v: string) => T | undefined, apply: (v: T) => void) => {
    const raw = params.get(key);
    if (raw === undefined) return;
    const value = read(raw);
    if (value === undefined) problems.push({ param: key, kind: 'invalid' });
    else apply(value);
  };
  // A list keeps its valid items: only when none is valid is the whole parameter invalid.
  const takeList = <T extends string>(key: Known, allowed: readonly T[], apply: (v: T[]) => void) => {
    const raw = params.get(key);
    if (raw === undefined) return;
    const { kept, dropped } = splitList(allowed, raw);
    if (dropped) problems.push({ param: key, kind: kept.length ? 'some-invalid' : 'invalid' });
    if (kept.length) apply(kept);
  };
  take('lang', oneOf(LANGS), (v) => (state.lang = v));
  take('sel', parseSelection, (v) => (state.selection = v));
  takeList<Mode>('hm', MODES, (v) => (state.hiddenModes = v));
  takeList<Status>('hs', STATUSES, (v) => (state.hiddenStatuses = v));
  take('mode', oneOf(MAP_MODES), (v) => (state.mapMode = v));
  take('cb', oneOf(COUNT_BASES), (v) => (state.countBasis = v));
  takeList('fd', DOMAINS, (v) => (state.filters.domains = v));
  takeList('fk', KINDS, (v) => (state.filters.kinds = v));
  take('fy', parseYears, (v) => (state.filters.years = v));
  // Only a year range has undated agreements to count: without one the switch means nothing.
  take('fu', oneOf(['reported'] as const), () => (state.filters.undatedByReport = state.filters.years !== null));
  take('fp', oneOf(PARTNER_PROVINCES), (v) => (state.filters.partnerProvince = v));
  take('fc', parseConfidence, (v) => (state.filters.minConfidence = v));
  take('panel', oneOf(PANELS), (v) => (state.panel = v));
  take('r', parseReader, (v) => (state.reader = v));
  take('t', parseAsOf, (v) => (state.asOf = v));
  take('c', parseCamera, (v) => (state.camera = v));
  for (const key of params.keys()) if (!(KNOWN as readonly string[]).includes(key)) problems.push({ param: key.slice(0, 40), kind: 'unknown' });
  return { state, problems };
}

const fixed = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** Keeps `,`, `:` and `@` readable; everything else as encodeURIComponent writes it. */
const encode = (v: string) => encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%40/g, '@');

function selectionParam(s: Selection): string | undefined {
  switch (s.type) {
    case 'none':
      return undefined;
    case 'district':
      return `d:${s.code}`;
    case 'feature':
      return `f:${s.id}`;
    case 'agreement':
      return `a:${s.id}`;
    case 'new-area':
      return `n:${s.id}`;
    // Codes alone: the level of each place is in its code (see placeOfCode).
    case 'pair':
      return `p:${[s.a, s.b].map((k) => parsePlaceKey(k).code).join(',')}`;
  }
}

/** Rounds a camera as the link will carry it (≈1 m, 1/100 zoom, whole degrees). */
export function roundCamera(c: Camera): Camera {
  const r = (n: number, d: number) => Number(n.toFixed(d));
  return { center: [r(c.center[0], 5), r(c.center[1], 5)], zoom: r(c.zoom, 2), bearing: Math.round(c.bearing), pitch: Math.round(c.pitch) };
}

export function serialize(s: LinkState): string {
  const d = DEFAULT_LINK_STATE;
  const out: [string, string | undefined][] = [
    ['lang', s.lang === d.lang ? undefined : s.lang],
    ['sel', selectionParam(s.selection)],
    ['hm', s.hiddenModes.length ? [...s.hiddenModes].sort().join(',') : undefined],
    ['hs', s.hiddenStatuses.length ? [...s.hiddenStatuses].sort().join(',') : undefined],
    ['mode', s.mapMode === d.mapMode ? undefined : s.mapMode],
    ['cb', s.countBasis === d.countBasis ? undefined : s.countBasis],
    ['fd', s.filters.domains.length ? [...s.filters.domains].sort().join(',') : undefined],
    ['fk', s.filters.kinds.length ? [...s.filters.kinds].sort().join(',') : undefined],
    ['fy', s.filters.years ? (s.filters.years[0] === s.filters.years[1] ? `${s.filters.years[0]}` : s.filters.years.join('-')) : undefined],
    ['fu', s.filters.years && s.filters.undatedByReport ? 'reported' : undefined],
    ['fp', s.filters.partnerProvince ?? undefined],
    ['fc', s.filters.minConfidence !== null ? String(s.filters.minConfidence) : undefined],
    ['panel', s.panel === d.panel ? undefined : s.panel],
    ['r', s.reader ? `${s.reader.article}@${s.reader.offset}` : undefined],
    ['t', s.asOf !== null ? String(s.asOf) : undefined],
    [
      'c',
      s.camera
        ? (() => {
            const c = roundCamera(s.camera);
            const parts = [fixed(c.center[0], 5), fixed(c.center[1], 5), fixed(c.zoom, 2)];
            if (c.bearing || c.pitch) parts.push(String(c.bearing));
            if (c.pitch) parts.push(String(c.pitch));
            return parts.join(',');
          })()
        : undefined,
    ],
  ];
  const present = out.flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${encode(v)}`]));
  if (present.length === 0) return '';
  return `?v=${URL_VERSION}&${present.join('&')}`;
}
