import type { Agreement } from '../data/agreement-schema';

export type Segment = { kind: 'text'; start: number; end: number } | { kind: 'agreement'; start: number; end: number; id: string };

/**
 * An article's text cut at its agreements' spans, in order, covering the whole text. Where spans
 * overlap, the earlier one is marked and the later one's overlapping part stays plain text.
 */
export function articleSegments(length: number, agreements: readonly Pick<Agreement, 'id' | 'span'>[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const a of [...agreements].sort((x, y) => x.span.start - y.span.start)) {
    const start = Math.max(a.span.start, at);
    const end = Math.min(a.span.end, length);
    if (end <= start) continue;
    if (start > at) out.push({ kind: 'text', start: at, end: start });
    out.push({ kind: 'agreement', start, end, id: a.id });
    at = end;
  }
  if (at < length) out.push({ kind: 'text', start: at, end: length });
  return out;
}

/** The agreement the reader's position points at: the one whose span holds it (the first, if several). */
export const agreementAt = (agreements: readonly Pick<Agreement, 'id' | 'span'>[], offset: number): string | null =>
  agreements.find((a) => a.span.start <= offset && offset < a.span.end)?.id ?? null;
