/**
 * Rebuilding the local texts of the labelled sets from the stored pages they were labelled on.
 *
 * The labellers' texts are excerpts of the `pages` corpus of the team's search tool, copied
 * unchanged; the labels keep each text's SHA-256 and length, never the words. On a new machine an
 * engineer (or a helper) searches for each article again and pipes what the search returned here:
 *
 *   npm run corpus:restore -- --wanted URL [URL …]     which of these addresses still lack their text
 *   npm run corpus:restore < found.json                 {"url", "excerpt"} or an array of them
 *
 * A text is written to local-articles/SET/ID.txt only when its hash is the labelled one. A copy that
 * misses by a slip is mended when one variant matches: a traditional character written for the
 * simplified one the page keeps (or back), one or two of them; a kind of space; a pinyin gloss (jì)
 * dropped; one or two characters too many between the labelled quotes that match and those that do not. Otherwise it says which labelled quotes already match, so the slip can be looked for
 * between them. Nothing is fetched: the search tool is the engineer's, not the script's.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledArticle } from '../src/extract/labels';
import { T2S_PAIRS } from '../src/extract/t2s-table';
import { readLabels, SETS, textDir, type SetName } from './corpus';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

interface Wanted {
  set: SetName;
  article: LabelledArticle;
}

let labelled: Wanted[] | undefined;
const allLabelled = () => (labelled ??= SETS.flatMap((set) => readLabels(set).map((article) => ({ set, article }))));
const textPath = (w: Wanted) => join(textDir(w.set), `${w.article.id}.txt`);
const lacking = () => allLabelled().filter((w) => !existsSync(textPath(w)));

const toSimplified = new Map<string, string>();
const toTraditional = new Map<string, string[]>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
  const [t, s] = [T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!];
  toSimplified.set(t, s);
  toTraditional.set(s, [...(toTraditional.get(s) ?? []), t]);
}
const swapsAt = (c: string) => [...(toSimplified.has(c) ? [toSimplified.get(c)!] : []), ...(toTraditional.get(c) ?? [])].filter((x) => x !== c);

/** The copy as it may have been on the page: each variant once, the copy itself first. */
export function* variants(copy: string, chars: number | undefined): Generator<[string, string]> {
  yield [copy, 'as copied'];
  const spaced = [
    [' ', '\u00a0'],
    ['\u00a0', ' '],
    [' ', '\u3000'],
    ['\u3000', ' '],
  ].filter(([a]) => copy.includes(a!));
  const bases: [string, string][] = [[copy, ''], ...spaced.map(([a, b]): [string, string] => [copy.replaceAll(a!, b!), `spaces ${JSON.stringify(a)}→${JSON.stringify(b)}`])];
  for (const [base, how] of bases.slice(1)) yield [base, how];
  for (const m of copy.matchAll(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńň]{1,8}\)/gu)) yield [copy.slice(0, m.index) + copy.slice(m.index + m[0].length), `gloss ${m[0]} dropped`];
  for (const [base, how] of bases) {
    if (chars !== undefined && base.length !== chars) continue;
    const at = [...base].map((c, i) => [i, swapsAt(c)] as const).filter(([, alts]) => alts.length);
    for (const [i, alts] of at) for (const a of alts) yield [base.slice(0, i) + a + base.slice(i + 1), `${how} ${base[i]}→${a} at ${i}`.trim()];
    if (at.length > 400) continue;
    for (let x = 0; x < at.length; x++)
      for (let y = x + 1; y < at.length; y++)
        for (const a of at[x]![1])
          for (const b of at[y]![1]) {
            const [i, j] = [at[x]![0], at[y]![0]];
            yield [base.slice(0, i) + a + base.slice(i + 1, j) + b + base.slice(j + 1), `${how} ${base[i]}→${a} at ${i}, ${base[j]}→${b} at ${j}`.trim()];
          }
  }
}

/** A copy one or two characters longer than the text labelled (a doubled line break, a stray space): each one or two dropped between `from` and `to`. */
export function* dropped(copy: string, chars: number | undefined, from: number, to: number): Generator<[string, string]> {
  const extra = chars === undefined ? 0 : copy.length - chars;
  if (extra < 1 || extra > 2 || to - from > 400) return;
  for (let i = from; i < to; i++) {
    if (extra === 1) yield [copy.slice(0, i) + copy.slice(i + 1), `${JSON.stringify(copy[i])} dropped at ${i}`];
    else for (let j = i + 1; j < to; j++) yield [copy.slice(0, i) + copy.slice(i + 1, j) + copy.slice(j + 1), `${JSON.stringify(copy[i])} at ${i} and ${JSON.stringify(copy[j])} at ${j} dropped`];
  }
}

function put(found: { url?: string; excerpt: string }): string {
  const h = sha(found.excerpt);
  const all = allLabelled();
  const hit = all.filter((w) => w.article.text_sha256 === h);
  const write = (w: Wanted, text: string) => {
    mkdirSync(textDir(w.set), { recursive: true });
    writeFileSync(textPath(w), text);
  };
  if (hit.length) {
    for (const w of hit) write(w, found.excerpt);
    return hit.map((w) => `OK ${w.set}/${w.article.id} (${found.excerpt.length} characters)`).join('\n');
  }
  const owner = all.find((w) => w.article.url === found.url);
  if (!owner) return `not a labelled article's text or address (${found.excerpt.length} characters, ${found.url ?? 'no url'})`;
  const quotes = owner.article.agreements.flatMap((g) => [g.span].map((s) => ({ s, ok: sha(found.excerpt.slice(s.start, s.end)).startsWith(g.quote_sha256) })));
  // (The slip lies after the last labelled quote that still matches and before the first that does not.)
  const from = Math.max(0, ...quotes.filter((q) => q.ok).map((q) => q.s.end));
  const to = Math.min(found.excerpt.length, ...quotes.filter((q) => !q.ok && q.s.start >= from).map((q) => q.s.end));
  for (const [text, how] of [...variants(found.excerpt, owner.article.chars), ...dropped(found.excerpt, owner.article.chars, from, to)])
    if (sha(text) === owner.article.text_sha256) {
      write(owner, text);
      return `OK ${owner.set}/${owner.article.id} (${text.length} characters) after mending: ${how}`;
    }
  const good = quotes.filter((q) => q.ok).map((q) => `${q.s.start}–${q.s.end}`);
  const bad = quotes.filter((q) => !q.ok).map((q) => `${q.s.start}–${q.s.end}`);
  return [
    `MISMATCH ${owner.set}/${owner.article.id}: ${found.excerpt.length} characters copied, ${owner.article.chars ?? '?'} labelled; no mended variant matches.`,
    `  labelled quotes that match: ${good.join(', ') || 'none'}; that do not: ${bad.join(', ') || 'none'} (a slip before a quote shifts it too)`,
  ].join('\n');
}

function main(argv: string[]) {
  if (argv[0] === '--wanted') {
    const open = lacking();
    for (const url of argv.slice(1)) for (const w of open.filter((x) => x.article.url === url)) console.log(`WANTED ${w.set}/${w.article.id} ${w.article.chars ?? '?'} characters ${url}`);
    return;
  }
  const input = JSON.parse(readFileSync(0, 'utf8')) as { url?: string; excerpt: string } | { url?: string; excerpt: string }[];
  for (const found of Array.isArray(input) ? input : [input]) console.log(put(found));
  console.log(`${lacking().length} labelled articles still lack their text`);
}

if (import.meta.filename === process.argv[1]) main(process.argv.slice(2));
