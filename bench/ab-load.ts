/**
 * A/B of the load between builds: `npx tsx bench/ab-load.ts <dirA> <dirB> [<dirC> …] [runs=7]`,
 * each dir a full `vite build` output (copy dist/ aside before rebuilding), optionally with a
 * query for the page (`dir?x=1`: one build, several variants of a debug switch) or another page
 * of it (`dir::bare/styled.html?w=920&h=757`: the styled bare page as a variant), the first dir's
 * bare page (bench/bare/, simple layers) as the yardstick. Each dir is served by its own `vite
 * preview`; loads go round the variants (each round starting one later, so that none always
 * follows the bare page), then the bare page, each in a fresh browser context (nothing cached), so
 * all see the same load on the machine. Prints each variant's `atlas:map-ready` median, spread and
 * ratio to the bare page and to the first variant (median of the round-by-round ratios too), and
 * the CPU time the browser's processes (page, map worker, GPU process, browser) spent from the
 * navigation to the mark: on a shared 2-core machine wall time moves by ±30% with others' work,
 * CPU time far less, so a change's cost shows there first (Linux only: read from /proc).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { freePort, launch, openAtlas, ROOT, waitForMapReady } from '../e2e/driver';
import { HOME_BOUNDS } from '../src/map/camera';
import { median, round } from './stats';

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 7;
if (args.length < 2) throw new Error('usage: npx tsx bench/ab-load.ts <dirA> <dirB> [<dirC> …] [runs]  (a dir may end in ?query)');
const variants = args.map((arg) => {
  const [where, query = ''] = arg.split('?') as [string, string?];
  const [dir, page = ''] = where.split('::') as [string, string?];
  return { arg, dir, query: `${page}${query ? `?${query}` : ''}` };
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

/** CPU time (clock ticks) of each process under this one but the servers': the browser and its children. */
function browserCpu(exclude: readonly number[]): Map<number, number> {
  const procs = new Map<number, { ppid: number; ticks: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      // Fields after the command's closing parenthesis: state ppid … utime(14) stime(15), 1-based.
      const f = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ');
      procs.set(Number(d), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // Gone meanwhile.
    }
  }
  const under = (pid: number): boolean => {
    for (let p = pid; p > 1; p = procs.get(p)?.ppid ?? 0) {
      if (exclude.includes(p)) return false;
      if (p === process.pid) return pid !== process.pid;
    }
    return false;
  };
  return new Map([...procs].filter(([pid]) => under(pid)).map(([pid, p]) => [pid, p.ticks]));
}

/** CPU time (ms) spent between two snapshots by the processes alive at the second (a closed page's process that exits meanwhile is not counted). */
function cpuMsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  return ticks * 10; // USER_HZ is 100 on Linux.
}

const servers = new Map<string, { url: string; child: ChildProcess }>();
try {
  for (const v of variants) if (!servers.has(v.dir)) servers.set(v.dir, await serve(v.dir));
  const url = (v: (typeof variants)[number]) => `${servers.get(v.dir)!.url}${v.query}`;
  const browser = await launch();
  const load0 = loadavg()[0]!;
  try {
    let size = { w: 900, h: 700 };
    const serverPids = [...servers.values()].map((s) => s.child.pid!);
    const cpu: number[][] = variants.map(() => []);
    let lastCpu = 0;
    const atlas = async (at: string) => {
      const cpu0 = browserCpu(serverPids);
      const p = await openAtlas(browser, at, { waitForMap: false });
      await waitForMapReady(p.page, 120_000);
      lastCpu = cpuMsBetween(cpu0, browserCpu(serverPids));
      const out = await p.page.evaluate(() => {
        const c = window.__atlas!.map.getContainer();
        const mark = performance.getEntriesByName('atlas:map-ready')[0] ?? performance.getEntriesByName('bare:map-ready')[0]!;
        return { ms: mark.startTime, w: c.clientWidth, h: c.clientHeight };
      });
      if (p.errors.length) console.warn(p.errors);
      await p.close();
      size = { w: out.w, h: out.h };
      return out.ms;
    };
    let bareCpu = 0;
    const bare = async () => {
      const cpu0 = browserCpu(serverPids);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${servers.get(variants[0]!.dir)!.url}bare/?w=${size.w}&h=${size.h}&bounds=${HOME_BOUNDS.join(',')}`);
      await waitForMapReady(page, 120_000);
      const ms = await page.evaluate(() => performance.getEntriesByName('bare:map-ready')[0]!.startTime);
      bareCpu = cpuMsBetween(cpu0, browserCpu(serverPids));
      await context.close();
      return ms;
    };
    // One of each first, not counted (warms the servers and the disk).
    for (const v of variants) await atlas(url(v));
    await bare();
    const times = variants.map(() => [] as number[]);
    const bares: number[] = [];
    const bareCpus: number[] = [];
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < variants.length; k++) {
        const j = (i + k) % variants.length;
        times[j]!.push(await atlas(url(variants[j]!)));
        cpu[j]!.push(lastCpu);
      }
      bares.push(await bare());
      bareCpus.push(bareCpu);
    }
    const load1 = loadavg()[0]!;
    const base = median(times[0]!);
    console.log(`load average ${load0.toFixed(2)} → ${load1.toFixed(2)}; ${runs} loads each`);
    variants.forEach((v, j) => {
      const t = times[j]!;
      const pairs = t.map((x, i) => x / times[0]![i]!);
      console.log(
        `${String.fromCharCode(65 + j)} ${v.arg}: median ${round(median(t))} ms (${round(Math.min(...t))}–${round(Math.max(...t))}), ÷ bare ${round(median(t) / median(bares), 2)}` +
          (j ? `, ÷ A ${round(median(t) / base, 3)} (median of rounds ${round(median(pairs), 3)}; faster in ${pairs.filter((p) => p < 1).length} of ${runs})` : '') +
          `; CPU median ${round(median(cpu[j]!))} ms` + (j ? `, ÷ A ${round(median(cpu[j]!) / median(cpu[0]!), 3)}` : ''),
      );
    });
    console.log(`bare: median ${round(median(bares))} ms (${round(Math.min(...bares))}–${round(Math.max(...bares))}); CPU median ${round(median(bareCpus))} ms`);
    if (variants.length === 2) console.log(`B ÷ A: ${round(median(times[1]!) / base, 3)}; pairs ${times[0]!.map((x, i) => round(times[1]![i]! / x, 2)).join(' ')}`);
    console.log(JSON.stringify({ variants: variants.map((v) => v.arg), times, cpu, bare: bares, bareCpu: bareCpus, load: [load0, load1] }));
  } finally {
    await browser.close();
  }
} finally {
  for (const s of servers.values()) s.child.kill();
}
