/**
 * Load, as a ratio: navigation → the atlas's first complete map (`atlas:map-ready`) against
 * navigation → the bare MapLibre page's (bench/bare/, `bare:map-ready`), the same eleven GeoJSON
 * files served by the same server, the bare map given the atlas's map size and home view. Runs
 * alternate (atlas, bare, atlas, …), each in a fresh browser context (nothing cached), so both see
 * the same load on the machine.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openAtlas, ROOT, waitForMapReady } from '../e2e/driver';
import { HOME_BOUNDS } from '../src/map/camera';
import { median, round } from './stats';

/** Builds bench/bare/ into dist/bare/ (after the atlas's build, which empties dist/). */
export function buildBare(): void {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'bench/bare/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('could not build the bare MapLibre page');
}

async function atlasReady(browser: Browser, url: string): Promise<{ ms: number; size: { w: number; h: number } }> {
  const a = await openAtlas(browser, url, { waitForMap: false });
  await waitForMapReady(a.page, 120_000);
  const out = await a.page.evaluate(() => {
    const c = window.__atlas!.map.getContainer();
    return { ms: performance.getEntriesByName('atlas:map-ready')[0]!.startTime, size: { w: c.clientWidth, h: c.clientHeight } };
  });
  await a.close();
  return out;
}

async function bareReady(browser: Browser, url: string, size: { w: number; h: number }): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}bare/?w=${size.w}&h=${size.h}&bounds=${HOME_BOUNDS.join(',')}`);
  await waitForMapReady(page, 120_000);
  const ms = await page.evaluate(() => performance.getEntriesByName('bare:map-ready')[0]!.startTime);
  await context.close();
  return ms;
}

export async function loadBench(browser: Browser, url: string, runs: number): Promise<Record<string, unknown>> {
  // One of each first, not counted: the first load after a build warms the server and the disk.
  const { size } = await atlasReady(browser, url);
  await bareReady(browser, url, size);
  const atlas: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    atlas.push((await atlasReady(browser, url)).ms);
    bare.push(await bareReady(browser, url, size));
  }
  const pairs = atlas.map((a, i) => a / bare[i]!);
  return {
    what: 'navigation → first complete map, atlas against a bare MapLibre page with the same eleven GeoJSON files, alternating, fresh context each',
    map_size: size,
    atlas_ms: { median: round(median(atlas)), all: atlas.map((v) => round(v)) },
    bare_ms: { median: round(median(bare)), all: bare.map((v) => round(v)) },
    ratio: round(median(atlas) / median(bare), 2),
    ratio_of_pairs: { median: round(median(pairs), 2), min: round(Math.min(...pairs), 2), max: round(Math.max(...pairs), 2) },
  };
}
