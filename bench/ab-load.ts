/**
 * A/B of the load between builds: `npx tsx bench/ab-load.ts <dirA> <dirB> [<dirC> …] [runs=7]`,
 * each dir a full `vite build` output (copy dist/ aside before rebuilding), optionally with a
 * query for the page (`dir?x=1`: one build, several variants of a debug switch), the first dir's
 * bare page (bench/bare/, simple layers) as the yardstick. Each dir is served by its own `vite
 * preview`; loads go round the variants (each round starting one later, so that none always
 * follows the bare page), then the bare page, each in a fresh browser context (nothing cached), so
 * all see the same load on the machine. Prints each variant's `atlas:map-ready` median, spread and
 * ratio to the bare page and to the first variant (median of the round-by-round ratios too).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { freePort, launch, openAtlas, ROOT, waitForMapReady } from '../e2e/driver';
import { HOME_BOUNDS } from '../src/map/camera';
import { median, round } from './stats';

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 7;
if (args.length < 2) throw new Error('usage: npx tsx bench/ab-load.ts <dirA> <dirB> [<dirC> …] [runs]  (a dir may end in ?query)');
const variants = args.map((arg) => {
  const [dir, query = ''] = arg.split('?') as [string, string?];
  return { arg, dir, query: query ? `?${query}` : '' };
});

async function serve(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(join(ROOT, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', resolve(dir)], { cwd: ROOT, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 200; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return { url, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`no server for ${dir}`);
}

const servers = new Map<string, { url: string; child: ChildProcess }>();
try {
  for (const v of variants) if (!servers.has(v.dir)) servers.set(v.dir, await serve(v.dir));
  const url = (v: (typeof variants)[number]) => `${servers.get(v.dir)!.url}${v.query}`;
  const browser = await launch();
  const load0 = loadavg()[0]!;
  try {
    let size = { w: 900, h: 700 };
    const atlas = async (at: string) => {
      const p = await openAtlas(browser, at, { waitForMap: false });
      await waitForMapReady(p.page, 120_000);
      const out = await p.page.evaluate(() => {
        const c = window.__atlas!.map.getContainer();
        return { ms: performance.getEntriesByName('atlas:map-ready')[0]!.startTime, w: c.clientWidth, h: c.clientHeight };
      });
      if (p.errors.length) console.warn(p.errors);
      await p.close();
      size = { w: out.w, h: out.h };
      return out.ms;
    };
    const bare = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${servers.get(variants[0]!.dir)!.url}bare/?w=${size.w}&h=${size.h}&bounds=${HOME_BOUNDS.join(',')}`);
      await waitForMapReady(page, 120_000);
      const ms = await page.evaluate(() => performance.getEntriesByName('bare:map-ready')[0]!.startTime);
      await context.close();
      return ms;
    };
    // One of each first, not counted (warms the servers and the disk).
    for (const v of variants) await atlas(url(v));
    await bare();
    const times = variants.map(() => [] as number[]);
    const bares: number[] = [];
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < variants.length; k++) {
        const j = (i + k) % variants.length;
        times[j]!.push(await atlas(url(variants[j]!)));
      }
      bares.push(await bare());
    }
    const load1 = loadavg()[0]!;
    const base = median(times[0]!);
    console.log(`load average ${load0.toFixed(2)} → ${load1.toFixed(2)}; ${runs} loads each`);
    variants.forEach((v, j) => {
      const t = times[j]!;
      const pairs = t.map((x, i) => x / times[0]![i]!);
      console.log(
        `${String.fromCharCode(65 + j)} ${v.arg}: median ${round(median(t))} ms (${round(Math.min(...t))}–${round(Math.max(...t))}), ÷ bare ${round(median(t) / median(bares), 2)}` +
          (j ? `, ÷ A ${round(median(t) / base, 3)} (median of rounds ${round(median(pairs), 3)}; faster in ${pairs.filter((p) => p < 1).length} of ${runs})` : ''),
      );
    });
    console.log(`bare: median ${round(median(bares))} ms (${round(Math.min(...bares))}–${round(Math.max(...bares))})`);
    if (variants.length === 2) console.log(`B ÷ A: ${round(median(times[1]!) / base, 3)}; pairs ${times[0]!.map((x, i) => round(times[1]![i]! / x, 2)).join(' ')}`);
    console.log(JSON.stringify({ variants: variants.map((v) => v.arg), times, bare: bares, load: [load0, load1] }));
  } finally {
    await browser.close();
  }
} finally {
  for (const s of servers.values()) s.child.kill();
}
