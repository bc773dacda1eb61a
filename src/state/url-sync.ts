import type { MapData } from './data-store';
import { isLocalAgreement } from '../data/bundle';
import { newAreaById } from '../agreements/new-areas';
import { currentAgreementId, parsePlaceKey, type Place } from '../data/agreements';
import { useCameraStore } from './camera-store';
import { useNoticeStore } from './notice-store';
import { parse, serialize, type LinkProblem } from './url';
import { linkFields, useViewStore } from './view-store';
import type { LinkState } from './view-types';

/** Replacing the history entry on every camera frame would flood it; 250 ms is enough to feel live. */
export const REPLACE_THROTTLE_MS = 250;

export function currentLinkState(): LinkState {
  return { ...linkFields(useViewStore.getState()), camera: useCameraStore.getState().camera };
}

/** Applies a link; true when some of it could not be applied (and was reported). */
function applySearch(search: string): boolean {
  const { state, problems } = parse(search);
  const { camera, ...view } = state;
  useViewStore.getState().applyLink(view);
  useCameraStore.getState().request(camera);
  if (problems.length) useNoticeStore.getState().report(problems);
  return problems.length > 0;
}

/**
 * Keeps the address bar and the stores in step: the link is applied at start and on back/forward;
 * a new selection pushes a history entry, anything else replaces the current one, throttled.
 * Returns a function that stops it.
 */
export function startUrlSync(win: Window = window): () => void {
  // While a link is being applied, the store changes it causes must not be written back.
  let applying = false;
  const applyAddress = () => {
    applying = true;
    const flawed = applySearch(win.location.search);
    applying = false;
    // The address keeps only what was applied: a copy of it must not carry the bad parts on (the
    // notice has said what they were). What the data lacks is dropped later, with the same effect.
    if (flawed) win.history.replaceState(null, '', `${win.location.pathname}${serialize(currentLinkState())}${win.location.hash}`);
  };
  applyAddress();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (push: boolean) => {
    clearTimeout(timer);
    timer = undefined;
    const query = serialize(currentLinkState());
    if (query === win.location.search && !push) return;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const scheduleReplace = () => {
    if (timer === undefined) timer = setTimeout(() => write(false), REPLACE_THROTTLE_MS);
  };

  const offView = useViewStore.subscribe((s, prev) => {
    if (applying) return;
    // A selection the planner made is a step they can go back to; one a link made is not.
    if (s.selection !== prev.selection && s.selectionOrigin !== 'link') write(serialize(currentLinkState()) !== win.location.search);
    else scheduleReplace();
  });
  const offCamera = useCameraStore.subscribe((s, prev) => {
    if (!applying && s.camera !== prev.camera) scheduleReplace();
  });
  win.addEventListener('popstate', applyAddress);
  return () => {
    clearTimeout(timer);
    offView();
    offCamera();
    win.removeEventListener('popstate', applyAddress);
  };
}

type KnownData = Pick<MapData, 'districts' | 'transport' | 'agreements' | 'articles'>;

/** A place the districts know: a district itself, or a prefecture or province one of them lies in. */
function hasPlace(districts: KnownData['districts'], p: Place): boolean {
  switch (p.level) {
    case 'district':
      return districts.byCode.has(p.code);
    case 'prefecture':
      return [...districts.byCode.values()].some((d) => d.prefectureCode === p.code);
    case 'province':
      return [...districts.byCode.values()].some((d) => d.provinceCode === p.code);
  }
}

/** Ids a link names that the loaded data does not have: dropped, and reported. */
export function unknownIds(state: Pick<LinkState, 'selection' | 'reader'>, data: KnownData): LinkProblem[] {
  const s = state.selection;
  const known =
    s.type === 'none' ||
    (s.type === 'district' && data.districts.byCode.has(s.code)) ||
    (s.type === 'feature' && data.transport.byId.has(s.id)) ||
    (s.type === 'agreement' && data.agreements.byId.has(s.id)) ||
    (s.type === 'new-area' && newAreaById(s.id) !== undefined) ||
    (s.type === 'pair' && [s.a, s.b].every((k) => hasPlace(data.districts, parsePlaceKey(k))));
  // An agreement of an article added in another browser: say how to load it, not just "not found".
  const problems: LinkProblem[] = known ? [] : [{ param: 'sel', kind: s.type === 'agreement' && isLocalAgreement(s.id) ? 'local-not-loaded' : 'not-found' }];
  const r = state.reader;
  const text = r ? data.articles.find((a) => a.file === r.article)?.text : undefined;
  if (r && (text === undefined || r.offset > text.length)) problems.push({ param: 'r', kind: text === undefined && isLocalAgreement(r.article) ? 'local-not-loaded' : 'not-found' });
  return problems;
}

/**
 * Drops what the link names that the data lacks, and reports it. What it names of an article added
 * in another browser is kept aside: once that article is loaded (a bundle imported), the selection
 * and reader position are applied after all, and the notice stops asking for the import.
 */
export function dropUnknownIds(data: KnownData): void {
  const notices = useNoticeStore.getState();
  const awaited = notices.awaited;
  if (awaited) {
    const want = { selection: awaited.selection ?? { type: 'none' as const }, reader: awaited.reader };
    if (unknownIds(want, data).length === 0) {
      const view = useViewStore.getState();
      view.applyLink({ ...linkFields(view), ...(awaited.selection ? { selection: awaited.selection } : {}), ...(awaited.reader ? { reader: awaited.reader } : {}) });
      notices.arrived();
    }
  }
  // A link made before a better reading renamed its agreement, or merged it into another: open it under its id now.
  const linked = useViewStore.getState();
  const sel = linked.selection;
  const now = sel.type === 'agreement' ? currentAgreementId(sel.id, data.agreements) : null;
  if (now && now !== (sel.type === 'agreement' ? sel.id : null)) linked.applyLink({ ...linkFields(linked), selection: { type: 'agreement', id: now } });
  const problems = unknownIds(useViewStore.getState(), data);
  if (problems.length === 0) return;
  const view = useViewStore.getState();
  const dropped = new Set(problems.map((p) => p.param));
  const local = new Set(problems.filter((p) => p.kind === 'local-not-loaded').map((p) => p.param));
  if (local.size) notices.await({ selection: local.has('sel') ? view.selection : null, reader: local.has('r') ? view.reader : null });
  view.applyLink({
    ...linkFields(view),
    ...(dropped.has('sel') ? { selection: { type: 'none' as const } } : {}),
    ...(dropped.has('r') ? { reader: null } : {}),
  });
  notices.report(problems);
}
