/**
 * Load, as ratios: navigation → the atlas's first complete map (`atlas:map-ready`) against
 * navigation → a bare MapLibre page's (`bare:map-ready`), the same eleven GeoJSON files served by
 * the same server, each bare map given the atlas's map size and home view. Two bare pages
 * (bench/bare/): `bare`, MapLibre's defaults with a simple layer per file (no labels); `styled`,
 * the atlas's own style and label points drawn as MapView draws them, without React, schemas,
 * indexes, agreements or panels (what the atlas adds beyond it is its own overhead). Runs
 * alternate (atlas, bare, styled, atlas, …), each in a fresh browser context (nothing cached), so
 * all see the same load on the machine.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openAtlas, ROOT, waitForMapReady } from '../e2e/driver';
import { HOME_BOUNDS } from '../src/map/camera';
import { median, round } from './stats';

/** Builds bench/bare/ (both pages) into dist/bare/ (after the atlas's build, which empties dist/). */
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

async function bareReady(browser: Browser, url: string, size: { w: number; h: number }, page_: 'index' | 'styled'): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}bare/${page_ === 'index' ? '' : 'styled.html'}?w=${size.w}&h=${size.h}&bounds=${HOME_BOUNDS.join(',')}`);
  await waitForMapReady(page, 120_000);
  const ms = await page.evaluate(() => performance.getEntriesByName('bare:map-ready')[0]!.startTime);
  await context.close();
  return ms;
}

export async function loadBench(browser: Browser, url: string, runs: number): Promise<Record<string, unknown>> {
  // One of each first, not counted: the first load after a build warms the server and the disk.
  const { size } = await atlasReady(browser, url);
  await bareReady(browser, url, size, 'index');
  await bareReady(browser, url, size, 'styled');
  const atlas: number[] = [];
  const bare: number[] = [];
  const styled: number[] = [];
  for (let i = 0; i < runs; i++) {
    atlas.push((await atlasReady(browser, url)).ms);
    bare.push(await bareReady(browser, url, size, 'index'));
    styled.push(await bareReady(browser, url, size, 'styled'));
  }
  const ms = (v: number[]) => ({ median: round(median(v)), all: v.map((x) => round(x)) });
  const pairs = (v: number[]) => {
    const r = atlas.map((a, i) => a / v[i]!);
    return { median: round(median(r), 2), min: round(Math.min(...r), 2), max: round(Math.max(...r), 2) };
  };
  return {
    what: 'navigation → first complete map; the atlas against two bare MapLibre pages with the same eleven GeoJSON files (bare: simple layers; styled: the atlas style), alternating, fresh context each',
    map_size: size,
    atlas_ms: ms(atlas),
    bare_ms: ms(bare),
    styled_ms: ms(styled),
    ratio: round(median(atlas) / median(bare), 2),
    ratio_of_pairs: pairs(bare),
    ratio_to_styled: round(median(atlas) / median(styled), 2),
    ratio_to_styled_of_pairs: pairs(styled),
  };
}
