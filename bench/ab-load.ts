/**
 * A/B of the load between builds: `npx tsx bench/ab-load.ts <dirA> <dirB> [runs=7]`, each dir a
 * full `vite build` output (copy dist/ aside before rebuilding), dirA's bare page (bench/bare/,
 * simple layers) as the yardstick. Each dir is served by its own `vite preview`; loads alternate
 * A, B, bare, each in a fresh browser context (nothing cached), so all see the same load on the
 * machine. Prints each build's `atlas:map-ready` median, spread and ratio to the bare page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { freePort, launch, openAtlas, ROOT, waitForMapReady } from '../e2e/driver';
import { HOME_BOUNDS } from '../src/map/camera';
import { median, round } from './stats';

const [dirA, dirB, runsArg = '7'] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: npx tsx bench/ab-load.ts <dirA> <dirB> [runs]');
const runs = Number(runsArg);

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

const a = await serve(dirA);
const b = await serve(dirB);
const browser = await launch();
const load0 = loadavg()[0]!;
try {
  let size = { w: 900, h: 700 };
  const atlas = async (url: string) => {
    const p = await openAtlas(browser, url, { waitForMap: false });
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
    await page.goto(`${a.url}bare/?w=${size.w}&h=${size.h}&bounds=${HOME_BOUNDS.join(',')}`);
    await waitForMapReady(page, 120_000);
    const ms = await page.evaluate(() => performance.getEntriesByName('bare:map-ready')[0]!.startTime);
    await context.close();
    return ms;
  };
  // One of each first, not counted (warms the servers and the disk).
  await atlas(a.url);
  await atlas(b.url);
  await bare();
  const out = { A: [] as number[], B: [] as number[], bare: [] as number[] };
  for (let i = 0; i < runs; i++) {
    // Alternate which build goes first, so neither always follows the bare page.
    if (i % 2) {
      out.B.push(await atlas(b.url));
      out.A.push(await atlas(a.url));
    } else {
      out.A.push(await atlas(a.url));
      out.B.push(await atlas(b.url));
    }
    out.bare.push(await bare());
  }
  const load1 = loadavg()[0]!;
  const show = (v: number[]) => `median ${round(median(v))} ms (${round(Math.min(...v))}–${round(Math.max(...v))}), ÷ bare ${round(median(v) / median(out.bare), 2)}`;
  console.log(`load average ${load0.toFixed(2)} → ${load1.toFixed(2)}; ${runs} loads each`);
  console.log(`A ${dirA}: ${show(out.A)}\nB ${dirB}: ${show(out.B)}\nbare: median ${round(median(out.bare))} ms (${round(Math.min(...out.bare))}–${round(Math.max(...out.bare))})`);
  console.log(`B ÷ A: ${round(median(out.B) / median(out.A), 3)}; pairs ${out.A.map((x, i) => round(out.B[i]! / x, 2)).join(' ')}`);
  console.log(JSON.stringify(out));
} finally {
  await browser.close();
  a.child.kill();
  b.child.kill();
}
