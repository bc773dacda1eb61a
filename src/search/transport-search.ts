import type { TransportFeature } from '../data/transport';
import { fold } from './normalise';
import { initials, maybeInitials } from './pinyin';

/**
 * Transport projects by Chinese name, alias (Chinese or English), English name, or the pinyin of
 * the name (toneless, "zhongxian", or from the start its initials, "cyzx"); name matches before
 * alias matches, pinyin last.
 */
export function searchTransport(features: readonly TransportFeature[], query: string): TransportFeature[] {
  const raw = query.trim();
  const q = fold(query);
  if (!q) return [];
  // (Initials as the district search reads them, from the start; a project's name runs longer.)
  const lettersOnly = maybeInitials(q, 8);
  const scored: { f: TransportFeature; rank: number }[] = [];
  for (const f of features) {
    if (f.properties.mode === 'station' && !raw) continue;
    const p = f.properties;
    let rank = Infinity;
    if (p.name_zh.includes(raw)) rank = p.name_zh.startsWith(raw) ? 0 : 1;
    // Folded too: an English alias (a station's "Chongqing North") is typed in any case and spacing.
    else if (p.aliases.some((a) => a.includes(raw) || fold(a).includes(q))) rank = 2;
    else if (p.name_en && fold(p.name_en).includes(q)) rank = 3;
    else if (p.name_pinyin && (fold(p.name_pinyin).includes(q) || (lettersOnly && initials(p.name_pinyin).startsWith(q)))) rank = 3;
    if (rank < Infinity) scored.push({ f, rank: rank + (p.mode === 'station' ? 4 : 0) });
  }
  return scored.sort((a, b) => a.rank - b.rank || a.f.properties.id.localeCompare(b.f.properties.id)).map((s) => s.f);
}
