import type { Agreement } from '../src/data/agreement-schema';

const at = (a: Pick<Agreement, 'article' | 'span'>) => `${a.article}@${a.span.start}-${a.span.end}`;

function bySentence<T extends Pick<Agreement, 'article' | 'span'>>(list: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const a of list) out.set(at(a), [...(out.get(at(a)) ?? []), a]);
  return out;
}

/**
 * The new reading's agreements, each carrying the ids it had before (`former_ids`). An id is made from the
 * title, which a better reading may change: an agreement of the previous file whose id the new file no
 * longer has was the new agreement of a new id at the same article and sentence (the n-th such of that
 * sentence, in file order, when one sentence states several), and its own former ids go with it; so do the
 * ids of reports merged into it. An id
 * still in use is never a former id, so a link never names two agreements.
 */
export function carryFormerIds(next: readonly Agreement[], previous: readonly Agreement[]): Agreement[] {
  const inUse = new Set(next.map((a) => a.id));
  const wasIn = new Set(previous.map((o) => o.id));
  const gone = bySentence(previous.filter((o) => !inUse.has(o.id)));
  const fresh = bySentence(next.filter((a) => !wasIn.has(a.id)));
  const byId = new Map(previous.map((o) => [o.id, o]));
  return next.map((a) => {
    const same = byId.get(a.id);
    const was = wasIn.has(a.id) ? undefined : gone.get(at(a))?.[fresh.get(at(a))!.indexOf(a)];
    // (Its own former ids are those of reports merged into it: `mergeReports`.)
    const ids = [...(a.former_ids ?? []), ...(same?.former_ids ?? []), ...(was ? [...(was.former_ids ?? []), was.id] : [])].filter((id, i, all) => !inUse.has(id) && all.indexOf(id) === i);
    const { former_ids: _old, ...rest } = a;
    return ids.length ? { ...rest, former_ids: ids } : rest;
  });
}
