/**
 * Paste → review in the built app, for a 20 kB and a 1 MB article (the seed articles repeated):
 * the time from filling the text box to the review shown, and the extraction part of it (marks
 * `atlas:extract-start` → `atlas:review-shown`). `npm run build && npx tsx bench/add-article.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openAtlas, ROOT, startServer } from '../e2e/driver';

const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8')).join('\n\n');
function articleOf(kB: number): string {
  let t = seeds;
  while (Buffer.byteLength(t) < kB * 1024) t += `\n\n${seeds}`;
  return t.slice(0, Math.floor((t.length * kB * 1024) / Buffer.byteLength(t)));
}

const server = await startServer();
const browser = await launch();
const out: Record<string, { bytes: number; paste_to_review_ms: number; extract_to_review_ms: number; proposals: number; suggestions: number }> = {};
try {
  for (const kB of [20, 1024]) {
    const a = await openAtlas(browser, server.url);
    const { page } = a;
    const text = articleOf(kB);
    await page.getByTestId('add-article-open').click();
    await page.getByTestId('article-title').fill('bench');
    const t0 = Date.now();
    // A paste: the text lands in the box at once (as Playwright's fill does it, without its per-call timeout).
    await page.getByTestId('article-text').evaluate((el, value) => {
      const area = el as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, value);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    console.error(`${kB} kB pasted after ${Date.now() - t0} ms`);
    await page.getByTestId('read-article').click();
    await page.getByTestId('article-review').waitFor({ timeout: 120_000 });
    const wall = Date.now() - t0;
    const extract = await page.evaluate(() => performance.measure('x', 'atlas:extract-start', 'atlas:review-shown').duration);
    out[`${kB} kB`] = { bytes: Buffer.byteLength(text), paste_to_review_ms: wall, extract_to_review_ms: Math.round(extract), proposals: await page.getByTestId('proposal').count(), suggestions: await page.getByTestId('suggestion').count() };
    await a.close();
  }
  console.log(JSON.stringify(out, null, 1));
} finally {
  await browser.close();
  await server.stop();
}
