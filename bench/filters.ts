/**
 * Filters and the time slider at 1×, 10× and 100× the extracted agreements (the synthetic sets of
 * bench/agreements.ts), in choropleth mode with the table open, so a change redraws the map and
 * re-renders the panels: a field checkbox clicked → the count shows the new figure and the map has
 * drawn the change (first frame after idle), p50/p95; a slider step (ArrowRight on the slider) →
 * the map redrawn, p50/p95. Run alone: `npm run build && npx tsx bench/filters.ts`; `npm run bench`
 * runs it too.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { jumpAndSettle, launch, openAtlas, startServer, waitForMapReady, ROOT } from '../e2e/driver';
import { syntheticAgreements } from './agreements';
import { quantile, round } from './stats';

type Figure = { p50: number; p95: number; n: number };
const figure = (t: number[]): Figure => ({ p50: round(quantile(t, 0.5)), p95: round(quantile(t, 0.95)), n: t.length });

/** Time from an event on `selector` to: the filter count changed (when asked) and the map's first frame after idle. */
async function timed(page: Page, selector: string, event: 'click' | 'keydown', act: () => Promise<void>, waitCount: boolean): Promise<number> {
  const timing = page.evaluate(
    ([sel, ev, wait]) =>
      new Promise<number>((resolve) => {
        const el = document.querySelector(sel!)!;
        const before = document.querySelector('[data-testid="filter-count"]')?.textContent;
        el.addEventListener(
          ev!,
          (e) => {
            const map = window.__atlas!.map;
            const finish = () => map.once('idle', () => requestAnimationFrame(() => resolve(performance.now() - e.timeStamp)));
            if (!wait) return finish();
            // The count is rendered by React after the store changes; the map may go idle first.
            const poll = () => (document.querySelector('[data-testid="filter-count"]')?.textContent !== before ? finish() : requestAnimationFrame(poll));
            poll();
          },
          { once: true },
        );
      }),
    [selector, event, waitCount] as const,
  );
  await page.evaluate(() => new Promise<void>((r) => setTimeout(r, 250)));
  await act();
  return Promise.race([timing, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`no redraw after ${selector}`)), 30_000))]);
}

export async function filterBench(browser: Browser, url: string, changes = Number(process.env.BENCH_FILTER_CHANGES ?? 16)): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const scale of [1, 10, 100]) {
    const body = syntheticAgreements(scale);
    const a = await openAtlas(browser, `${url}?mode=choropleth&panel=table`, {
      routes: (c) => c.route('**/assets/agreements-*.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body })),
      waitForMap: false,
    });
    await waitForMapReady(a.page, 180_000);
    await a.page.evaluate('globalThis.__name = (f) => f');
    await jumpAndSettle(a.page, [105.6, 30.0], 7);
    await a.page.locator('.filter-controls summary').click();
    const filter: number[] = [];
    const domains = ['transport', 'tourism-culture', 'industry', 'ecology'];
    for (let i = 0; i < changes; i++) {
      const sel = `[data-domain="${domains[i % domains.length]}"]`;
      filter.push(await timed(a.page, sel, 'click', () => a.page.locator(sel).click(), true));
    }
    const slider: number[] = [];
    await a.page.getByTestId('time-range').fill('2015');
    for (let i = 0; i < changes; i++) {
      const sel = '[data-testid="time-range"]';
      slider.push(await timed(a.page, sel, 'keydown', () => a.page.locator(sel).press(i < changes / 2 ? 'ArrowRight' : 'ArrowLeft'), false));
    }
    out[`${scale}x`] = { agreements: (JSON.parse(body) as { agreements: unknown[] }).agreements.length, filter_to_map_and_panels_ms: figure(filter), slider_step_to_map_ms: figure(slider) };
    await a.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  const browser = await launch();
  try {
    const results = { date: new Date().toISOString(), load: (await import('node:os')).loadavg().map((l) => round(l, 1)), ...(await filterBench(browser, server.url)) };
    writeFileSync(join(ROOT, 'bench/filters-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await browser.close();
    await server.stop();
  }
}
