import type { Agreement } from '../data/agreement-schema';
import { fold } from './normalise';

/**
 * Agreements by title (Chinese or English), party name, a district's pinyin, or words of the
 * quote. Title matches come first, then parties, then the quote; ties newest first. `pinyinOf`
 * gives the toneless pinyin of a district party's code (folded), where known.
 */
export function searchAgreements(list: readonly Agreement[], query: string, pinyinOf: (code: string) => string | undefined): Agreement[] {
  const raw = query.trim();
  const q = fold(raw);
  if (!q) return [];
  const scored: { a: Agreement; rank: number }[] = [];
  for (const a of list) {
    let rank = Infinity;
    if (a.title_zh.includes(raw) || fold(a.title_en).includes(q)) rank = 0;
    else if (a.parties.some((p) => p.name.includes(raw) || (p.code !== null && q.length >= 2 && (pinyinOf(p.code) ?? '').startsWith(q)))) rank = 1;
    else if (raw.length >= 2 && a.quote.replace(/\s+/g, '').includes(raw.replace(/\s+/g, ''))) rank = 2;
    if (rank < Infinity) scored.push({ a, rank });
  }
  return scored.sort((x, y) => x.rank - y.rank || (y.a.date ?? '').localeCompare(x.a.date ?? '') || x.a.id.localeCompare(y.a.id)).map((s) => s.a);
}
