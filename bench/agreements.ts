/**
 * Agreements at 1×, 10× and 100× the extracted set: click on a district → its panel with cards,
 * and map-mode switch → map redrawn, p50/p95, timed in the page. The copies are the real
 * agreements with new ids whose district parties are moved to other real district codes
 * (deterministically), so every district has its share. Run alone: `npx tsx bench/agreements.ts`
 * (after `npm run build`); `npm run bench` runs it too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { jumpAndSettle, launch, openAtlas, startServer, ROOT } from '../e2e/driver';
import { clickToPanel } from './latency';
import { quantile, round } from './stats';

interface Party {
  name: string;
  code: string | null;
  level: string;
  codes?: string[];
}
interface Agreement {
  id: string;
  parties: Party[];
  [k: string]: unknown;
}

/** A small deterministic generator (mulberry32), so every run benches the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticAgreements(scale: number): string {
  const real = (JSON.parse(readFileSync(join(ROOT, 'geodata/agreements.json'), 'utf8')) as { agreements: Agreement[] }).agreements;
  const codes = (JSON.parse(readFileSync(join(ROOT, 'geodata/districts.geojson'), 'utf8')) as { features: { properties: { code: string } }[] }).features.map((f) => f.properties.code);
  const next = random(13);
  const pick = () => codes[Math.floor(next() * codes.length)]!;
  const out: Agreement[] = [...real];
  for (let i = 1; i < scale; i++)
    for (const a of real)
      out.push({
        ...a,
        id: `${a.id}-x${i}`,
        parties: a.parties.map((p) => {
          if (p.level === 'county') return { ...p, code: pick() };
          if (p.level === 'new-area') {
            const c = [pick(), pick()];
            return { ...p, code: c[0]!, codes: c };
          }
          return p;
        }),
      });
  return JSON.stringify({ agreements: out });
}

/** A map-mode switch → the first frame after the map has drawn it (as the legend toggles are timed). */
async function modeToMap(page: Page, changes: number): Promise<{ p50: number; p95: number; n: number }> {
  const t: number[] = [];
  const modes = ['choropleth', 'network', 'plain'];
  for (let i = 0; i < changes; i++) {
    const id = `map-mode-${modes[i % modes.length]}`;
    const timing = page.evaluate(
      (sel) =>
        new Promise<number>((resolve) => {
          const box = document.querySelector(`[data-testid="${sel}"]`)!;
          box.addEventListener('click', (e) => window.__atlas!.map.once('idle', () => requestAnimationFrame(() => resolve(performance.now() - e.timeStamp))), { once: true });
        }),
      id,
    );
    await page.evaluate(() => new Promise<void>((r) => setTimeout(r, 250)));
    await page.getByTestId(id).click();
    t.push(await Promise.race([timing, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`map never idle after ${id}`)), 20_000))]));
  }
  return { p50: round(quantile(t, 0.5)), p95: round(quantile(t, 0.95)), n: t.length };
}

export async function agreementBench(browser: Browser, url: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const scale of [1, 10, 100]) {
    const body = syntheticAgreements(scale);
    const a = await openAtlas(browser, url, {
      routes: (c) => c.route('**/assets/agreements-*.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body })),
    });
    await a.page.evaluate('globalThis.__name = (f) => f');
    const click = await clickToPanel(a.page, 30);
    // Modes with nothing selected (the network is drawn only then), at the view the toggles use.
    await a.page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="district-panel"] .panel-head button')?.click());
    await jumpAndSettle(a.page, [105.6, 30.0], 7);
    const modes = await modeToMap(a.page, 15);
    out[`${scale}x`] = { agreements: (JSON.parse(body) as { agreements: unknown[] }).agreements.length, click_to_panel_with_cards_ms: click, mode_to_map_ms: modes };
    await a.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  const browser = await launch();
  try {
    const results = { date: new Date().toISOString(), ...(await agreementBench(browser, server.url)) };
    writeFileSync(join(ROOT, 'bench/agreements-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await browser.close();
    await server.stop();
  }
}
