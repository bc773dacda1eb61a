/**
 * `npm run bench`: measures the production build in headless Chromium on 127.0.0.1, prints a
 * summary and writes bench/results.json. Times on a shared 2-core machine with software WebGL
 * move with the load, so every figure that matters is a ratio taken in one page (or, for the
 * load, in alternating pages): see bench/load.ts and bench/actions.ts. Nothing here is asserted.
 *
 * BENCH_RUNS (load pairs, default 7), BENCH_N (samples per action and scale, default 24: with 16 a p95 was nearly the slowest sample),
 * BENCH_SCALES (default 1,10,100), BENCH_ONLY (load, actions or extraction).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, openAtlas, startServer, ROOT } from '../e2e/driver';
import { extractionThroughput } from './extract';
import { buildBare, loadBench } from './load';
import { ACTIONS, actionBench } from './actions';
import { round } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const N = Number(process.env.BENCH_N ?? 24);
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);
const ONLY = process.env.BENCH_ONLY ?? null;
const want = (part: string) => ONLY === null || ONLY.split(',').includes(part);

type Kind = 'js' | 'css' | 'data' | 'html' | 'other';
const kindOf = (path: string): Kind =>
  /\.(m?js)$/.test(path) ? 'js' : path.endsWith('.css') ? 'css' : /\.(geo)?json$/.test(path) ? 'data' : path.endsWith('.html') || path === '/' ? 'html' : 'other';
const gzipKB = (body: Buffer) => round(gzipSync(body, { level: 9 }).length / 1024);
const load = () => loadavg().map((l) => round(l, 2));

const started = Date.now();
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, ${cpus().length} cores, node ${process.version}`,
  load_average_at_start: load(),
};
// Extraction first, in Node, before the browser competes for the two cores.
if (want('extraction')) results.extraction_throughput = extractionThroughput();
buildBare();
const server = await startServer();
const browser = await launch();
try {
  {
    // Bytes: every same-origin resource the first view fetched, gzipped as a server would send it.
    const first = await openAtlas(browser, server.url);
    const paths = await first.page.evaluate(() => [location.pathname, ...performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)]);
    const cdp = await first.context.newCDPSession(first.page);
    await cdp.send('HeapProfiler.collectGarbage');
    results.js_heap_after_load_MB = round(((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20);
    await first.close();
    const bytes: Record<Kind, { raw: number; gzip: number }> = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 }, html: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
    const files: Record<string, number> = {};
    for (const p of new Set(paths)) {
      const body = readFileSync(join(ROOT, 'dist', p === '/' ? 'index.html' : p));
      const k = kindOf(p);
      bytes[k].raw += body.length / 1024;
      bytes[k].gzip += gzipKB(body);
      files[p.replace(/^\/assets\//, '')] = gzipKB(body);
    }
    // The entry script and the chunks it imports (index.html preloads them all), MapLibre's apart.
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\/assets\/([^"]+)"/.exec(html)![1]!;
    const preloads = [...html.matchAll(/rel="modulepreload"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1]!);
    const asset = (f: string) => gzipKB(readFileSync(join(ROOT, 'dist/assets', f)));
    const maplibre = preloads.filter((f) => f.startsWith('maplibre-'));
    const chunks = [entry, ...preloads.filter((f) => !maplibre.includes(f))];
    results.first_view_kB = Object.fromEntries(Object.entries(bytes).map(([k, b]) => [k, { raw: round(b.raw), gzip: round(b.gzip) }]));
    results.first_view_files_gzip_kB = files;
    results.entry_script = {
      file: entry,
      gzip_kB: asset(entry),
      with_its_imports_gzip_kB: round(chunks.reduce((n, f) => n + asset(f), 0)),
      chunks,
      maplibre_gzip_kB: round(maplibre.reduce((n, f) => n + asset(f), 0)),
    };
  }

  if (want('load')) results.load = await loadBench(browser, server.url, RUNS);
  if (want('actions')) results.actions = await actionBench(browser, server.url, N, SCALES);
} finally {
  await browser.close();
  await server.stop();
}
results.load_average_at_end = load();
results.minutes = round((Date.now() - started) / 60_000, 1);
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
console.log(summary(results));

/** The figures the issue asks for, as a table a README can take. */
function summary(r: Record<string, unknown>): string {
  const lines = [`\nload average ${JSON.stringify(r.load_average_at_start)} → ${JSON.stringify(r.load_average_at_end)}, ${r.minutes} min`];
  const e = r.entry_script as { file: string; gzip_kB: number; with_its_imports_gzip_kB: number; maplibre_gzip_kB: number };
  lines.push(`entry script ${e.file}: ${e.gzip_kB} kB gzip, ${e.with_its_imports_gzip_kB} kB with the chunks it imports; MapLibre ${e.maplibre_gzip_kB} kB beside it`);
  lines.push(`first view, gzip kB: ${Object.entries(r.first_view_kB as Record<string, { gzip: number }>).map(([k, v]) => `${k} ${v.gzip}`).join(', ')}`);
  type Pairs = { min: number; max: number };
  const l = r.load as { ratio: number; ratio_to_styled: number; atlas_ms: { median: number }; bare_ms: { median: number }; styled_ms: { median: number }; ratio_of_pairs: Pairs; ratio_to_styled_of_pairs: Pairs } | undefined;
  if (l) {
    lines.push(`load: atlas ${l.atlas_ms.median} ms / bare MapLibre, simple layers ${l.bare_ms.median} ms = ${l.ratio}× (pairs ${l.ratio_of_pairs.min}–${l.ratio_of_pairs.max}×)`);
    lines.push(`load: atlas ${l.atlas_ms.median} ms / bare MapLibre, the atlas style ${l.styled_ms.median} ms = ${l.ratio_to_styled}× (pairs ${l.ratio_to_styled_of_pairs.min}–${l.ratio_to_styled_of_pairs.max}×)`);
  }
  const a = r.actions as Record<string, Record<string, { action_ms: { p50: number; p95: number }; repaint_ms: { p50: number; p95: number }; ratio_p50: number; ratio_p95: number }>> | undefined;
  if (a) {
    lines.push('| action | scale | p50 ms | p95 ms | repaint p50 / p95 ms | ratio p50 | ratio p95 |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const k of ACTIONS)
      for (const s of SCALES) {
        const f = a[`${s}x`]![k]!;
        lines.push(`| ${k} | ${s}× | ${f.action_ms.p50} | ${f.action_ms.p95} | ${f.repaint_ms.p50} / ${f.repaint_ms.p95} | ${f.ratio_p50} | ${f.ratio_p95} |`);
      }
    lines.push(`flatness (p95 ratio over 1×): ${JSON.stringify(a.flatness_p95)}`);
  }
  return lines.join('\n');
}
