import type { Agreement } from '../data/agreement-schema';
import type { Lang } from '../i18n/strings';
import { readable } from './readable';

type Titled = Pick<Agreement, 'id' | 'title_zh' | 'title_en' | 'quote'>;

/**
 * The agreement's own name as its Chinese title carries it after the parties (`titlesOf`: 两江新区、
 * 四川天府新区：互派干部 — a document's 《…》 name or a list's item): the article's words, never
 * translated, so the English title (kind and field only) can show it. Null for a generic title.
 */
export function itemName(titleZh: string): string | null {
  const at = titleZh.indexOf('：');
  const name = at >= 0 ? titleZh.slice(at + 1).trim() : '';
  return name || null;
}

/** How many characters of the sentence tell two otherwise alike rows apart. */
const QUOTE_CHARS = 28;

/**
 * What a list shows under each title so that no two rows read alike: in English, the item's own
 * (Chinese) name, since the English title says only the parties, the kind and the field; and,
 * for rows that still read alike in the list, the opening of the sentence each was read from.
 * Only facts of the data, never a made-up name.
 */
export function titleDetails(list: readonly Titled[], lang: Lang): Map<string, string | null> {
  const shown = (a: Titled) => (lang === 'zh' ? a.title_zh : a.title_en);
  const named = new Map(list.map((a) => [a.id, lang === 'en' ? itemName(a.title_zh) : null]));
  const key = (a: Titled) => `${shown(a)}\u0000${named.get(a.id) ?? ''}`;
  const seen = new Map<string, number>();
  for (const a of list) seen.set(key(a), (seen.get(key(a)) ?? 0) + 1);
  return new Map(
    list.map((a) => {
      const name = named.get(a.id) ?? null;
      if ((seen.get(key(a)) ?? 0) < 2) return [a.id, name];
      const q = readable(a.quote);
      const opening = `“${q.length > QUOTE_CHARS ? `${q.slice(0, QUOTE_CHARS)}…` : q}”`;
      return [a.id, name ? `${name} · ${opening}` : opening];
    }),
  );
}
