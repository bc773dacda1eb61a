import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { jumpAndSettle, openAtlas, project, serverAndBrowser, settle } from './driver';

const h = serverAndBrowser();

/** Heap after a full collection, from the DevTools protocol. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/** What the map holds that a leak would grow: layers, sources and event listeners (internal but stable). */
const mapCounts = (page: Page) =>
  page.evaluate(() => {
    const m = window.__atlas!.map as unknown as { getStyle(): { layers: unknown[]; sources: object }; _listeners?: Record<string, unknown[]> };
    return {
      layers: m.getStyle().layers.length,
      sources: Object.keys(m.getStyle().sources).length,
      listeners: Object.values(m._listeners ?? {}).reduce((n, l) => n + l.length, 0),
    };
  });

describe('a long session', () => {
  it('keeps the heap within 20% and the map listeners and layers constant over 200 selections and filter changes', async () => {
    const a = await openAtlas(h.browser, h.server.url);
    await jumpAndSettle(a.page, [105.6, 30.0], 7);
    const labels = await a.page.evaluate(() =>
      window.__atlas!.map
        .queryRenderedFeatures({ layers: ['district-labels'] })
        .map((f) => (f.geometry as unknown as { coordinates: [number, number] }).coordinates),
    );
    expect(labels.length).toBeGreaterThan(20);
    const points = await Promise.all(labels.slice(0, 40).map((l) => project(a.page, l)));
    const toggles = ['layer-toggle-hsr', 'layer-toggle-expressway', 'status-toggle-planned', 'layer-toggle-station'];

    const step = async (i: number) => {
      if (i % 5 === 4) await a.page.getByTestId(toggles[i % toggles.length]!).click();
      else {
        const p = points[i % points.length]!;
        await a.page.mouse.click(p.x, p.y);
      }
    };
    for (let i = 0; i < 20; i++) await step(i); // warm up: caches, glyphs, React
    await settle(a.page);
    const before = { heap: await heapAfterGc(a.page), map: await mapCounts(a.page) };

    for (let i = 0; i < 200; i++) await step(i);
    await settle(a.page);
    await expect.poll(() => a.page.getByTestId('district-panel').count()).toBe(1);
    const after = { heap: await heapAfterGc(a.page), map: await mapCounts(a.page) };

    console.info(`long session: heap ${(before.heap / 2 ** 20).toFixed(1)} MB → ${(after.heap / 2 ** 20).toFixed(1)} MB (×${(after.heap / before.heap).toFixed(3)}), map ${JSON.stringify(after.map)}`);
    expect(after.map).toEqual(before.map);
    expect(after.heap / before.heap).toBeLessThan(1.2);
    expect(a.errors).toEqual([]);
    await a.close();
  // A soak, not a timed test: on a loaded 2-core machine 220 steps have taken over two minutes.
  }, 420_000);
});
