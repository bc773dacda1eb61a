/**
 * Extraction throughput in Node: the five seed articles run through the extractor at 1×, 10× and
 * 100× the corpus (the corpus repeated, as one text per article, so sentences and triggers scale
 * with it). Part of `npm run bench`; `npm run bench:extract` runs it alone (`-- --model`: with the
 * learned sentence model on, whether or not it is switched on by default; `-- --review`: exactly as
 * the review of an added article reads, extractForReview, with the sentences it suggests reading).
 */
import { extractAgreements, type ArticleInput, type ExtractOptions } from '../src/extract/agreements';
import { extractForReview } from '../src/extract/for-review';
import type { Gazetteer } from '../src/extract/gazetteer';
import { readingOptions } from '../scripts/reading-options';
import { loadGazetteer, seedArticles } from '../scripts/extract';
import { median, round } from './stats';

/** How the bench reads: with these options, or (`'review'`) as the review of an added article does. */
export type BenchReading = ExtractOptions | 'review';
const readOne = (a: ArticleInput, gaz: Gazetteer, reading: BenchReading) => (reading === 'review' ? extractForReview(a, gaz, () => undefined).agreements : extractAgreements(a, gaz, reading));

export function extractionThroughput(scales: readonly number[] = [1, 10, 100], runs = 5, options: BenchReading = {}) {
  const gaz = loadGazetteer();
  const articles = seedArticles();
  const out: Record<string, { MB: number; ms_median: number; MB_per_s: number; agreements: number; first_pass_MB_per_s?: number }> = {};
  for (const scale of scales) {
    const inputs = articles.map((a) => ({ ...a, text: Array.from({ length: scale }, () => a.text).join('\n\n') }));
    const bytes = inputs.reduce((s, a) => s + Buffer.byteLength(a.text, 'utf8'), 0);
    const times: number[] = [];
    let found = 0;
    let first: number | undefined;
    // Warm the JIT first: a planner's browser and the CLI run the extractor many times. Three passes
    // left V8 still compiling (1× read 0.9–1.4 MB/s, 10× faster per byte); by ten, a pass takes what
    // the next hundred do. The first pass, compiling as it goes, is reported beside it.
    if (scale === scales[0])
      for (let w = 0; w < 10; w++) {
        const t0 = performance.now();
        for (const a of inputs) readOne(a, gaz, options);
        if (w === 0) first = performance.now() - t0;
      }
    // (A pass at 1× takes under a tenth of a second, so a collection of the heap moves one run by half: three times the runs.)
    for (let r = 0; r < (scale >= 100 ? Math.min(runs, 3) : scale === 1 ? runs * 3 : runs); r++) {
      const t0 = performance.now();
      found = inputs.reduce((n, a) => n + readOne(a, gaz, options).length, 0);
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    out[`${scale}x`] = { MB: round(bytes / 2 ** 20), ms_median: round(ms), MB_per_s: round(bytes / 2 ** 20 / (ms / 1000)), agreements: found, ...(first ? { first_pass_MB_per_s: round(bytes / 2 ** 20 / (first / 1000)) } : {}) };
  }
  return out;
}

if (import.meta.filename === process.argv[1]) console.log(JSON.stringify(extractionThroughput(undefined, undefined, process.argv.includes('--review') ? 'review' : readingOptions(process.argv)), null, 1));
