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
 * Every sentence of every article that names a feature by its name or an alias, or, for a name
 * like "A至B高速公路", by its two ends in either order (`endsOf`). Longer names are tried first, so
 * "成渝中线高铁" is not also counted as "成渝高铁"; one mention per sentence.
 */
export function mentionsOf(names: readonly string[], articles: readonly ArticleText[]): Mention[] {
  const wanted = [...new Set(names.map((n) => normalise(n).text).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  const pairs = [...new Map(names.map(endsOf).filter((e) => e !== undefined).map((e) => [[e.a, e.b].sort().join('|'), e])).values()];
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
      if (out.some((m) => m.article === a.file && m.span.start === s.start)) continue;
      const pair = pairs.map((p) => pairIn(taken, p)).find((x) => x !== undefined);
      if (pair) out.push({ article: a.file, name: pair, span: s, quote: original });
    }
  }
  return out;
}

/** A project named by its two ends, "A至B" + what it is: a road, a high-speed railway or a railway. */
interface EndsName {
  a: string;
  b: string;
  kind: RegExp;
}

const KINDS: [RegExp, RegExp][] = [
  [/(?:高速公路|高速)$/u, /高速(?!铁路)/u],
  [/(?:高速铁路|高铁)$/u, /高铁|高速铁路/u],
  [/铁路$/u, /铁路/u],
];

/** The two ends and kind of a name like 内江至大足高速公路 (a bracketed qualifier dropped); none for other names. */
export function endsOf(name: string): EndsName | undefined {
  const bare = name.replace(/[（(][^）)]*[）)]/gu, '');
  const m = /^([\u4e00-\u9fff]{2,4})至([\u4e00-\u9fff]{2,6})$/u.exec(bare.replace(/(?:高速公路|高速铁路|高速|高铁|铁路)$/u, ''));
  const kind = KINDS.find(([suffix]) => suffix.test(bare));
  if (!m || !kind || m[2]!.includes('至')) return undefined;
  return { a: m[1]!, b: m[2]!, kind: kind[1] };
}

/**
 * "A至B" or "B至A" in a sentence, when the rest of its clause says what kind of project it is:
 * a list like 加快建设大足至内江、开江至梁平……等川渝省际高速公路 names 内江至大足高速公路 by its ends,
 * in either order, with the kind said once for the list.
 */
function pairIn(sentence: string, ends: EndsName): string | undefined {
  for (const pair of [`${ends.a}至${ends.b}`, `${ends.b}至${ends.a}`]) {
    let at = sentence.indexOf(pair);
    while (at >= 0) {
      const clause = sentence.slice(at + pair.length).split(/[，。；！？,;!?]/u)[0]!;
      if (ends.kind.test(clause)) return pair;
      at = sentence.indexOf(pair, at + 1);
    }
  }
  return undefined;
}


/**
 * The mentions whose sentence is not one already quoted (from the same article): a feature's own
 * sources quote an article, and the same sentence is then not listed again as a mention.
 */
export function notQuoted(mentions: readonly Mention[], quoted: readonly { article: string; quote: string }[]): Mention[] {
  const flat = (s: string) => normalise(s).text.replace(/\s+/gu, '');
  const quotes = quoted.map((q) => ({ article: q.article, text: flat(q.quote) }));
  return mentions.filter((m) => {
    const sentence = flat(m.quote);
    return !quotes.some((q) => q.article === m.article && (sentence.includes(q.text) || q.text.includes(sentence)));
  });
}
