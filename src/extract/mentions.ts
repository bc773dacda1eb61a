import { normalise } from './normalise';
import { sentences, type Span } from './segment';

import type { ArticleText } from '../data/article';

export interface Mention {
  article: string;
  /** The name as it matched (normalised). */
  name: string;
  /** The whole sentence that names it, as a span of the original text, and its text. */
  span: Span;
  quote: string;
}

/**
 * Every sentence of every article that names a feature by its name or an alias. Longer names are
 * tried first, so "成渝中线高铁" is not also counted as "成渝高铁"; one mention per sentence.
 */
export function mentionsOf(names: readonly string[], articles: readonly ArticleText[]): Mention[] {
  const wanted = [...new Set(names.map((n) => normalise(n).text).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  const out: Mention[] = [];
  for (const a of articles) {
    for (const s of sentences(a.text)) {
      const original = a.text.slice(s.start, s.end);
      const n = normalise(original);
      let taken = n.text;
      for (const name of wanted) {
        const at = taken.indexOf(name);
        if (at < 0) continue;
        // Blank out what matched, so a shorter alias inside it does not match again.
        taken = taken.slice(0, at) + '\u0000'.repeat(name.length) + taken.slice(at + name.length);
        if (!out.some((m) => m.article === a.file && m.span.start === s.start)) {
          out.push({ article: a.file, name, span: s, quote: original });
        }
      }
    }
  }
  return out;
}

