import type { Page } from 'playwright-core';
import { jumpAndSettle, project } from '../e2e/driver';
import { quantile, round } from './stats';

/**
 * Click on a district's label point → its panel rendered: timed in the page, from the click
 * event's own timestamp to the first frame after the panel shows the new district.
 */
export async function clickToPanel(page: Page, clicks: number): Promise<{ p50: number; p95: number; n: number }> {
  await jumpAndSettle(page, [105.6, 30.0], 7);
  // Only label points where the canvas itself is on top: the legend and controls cover some.
  const labels = await page.evaluate(() => {
    const map = window.__atlas!.map;
    const canvas = map.getCanvas();
    const box = canvas.getBoundingClientRect();
    return map
      .queryRenderedFeatures({ layers: ['district-labels'] })
      .map((f) => [f.properties.code as string, (f.geometry as unknown as { coordinates: [number, number] }).coordinates] as const)
      .filter(([, at]) => {
        const p = map.project(at);
        return document.elementFromPoint(box.left + p.x, box.top + p.y) === canvas;
      });
  });
  if (labels.length < 10) throw new Error(`only ${labels.length} clickable district labels in view`);
  await page.evaluate(() => {
    const w = window as unknown as { __t: number[]; __click: number };
    w.__t = [];
    window.__atlas!.map.getCanvas().addEventListener('click', (e) => (w.__click = e.timeStamp), true);
  });
  for (let i = 0; i < clicks; i++) {
    const [code, at] = labels[i % labels.length]!;
    const { x, y } = await project(page, at as [number, number]);
    const done = page.evaluate(
      (c) =>
        new Promise<void>((resolve) => {
          const w = window as unknown as { __t: number[]; __click: number };
          const check = () => {
            if (document.querySelector(`[data-testid="district-panel"][data-code="${c}"]`)) {
              requestAnimationFrame(() => {
                w.__t.push(performance.now() - w.__click);
                resolve();
              });
              return true;
            }
            return false;
          };
          if (check()) return;
          const mo = new MutationObserver(() => check() && mo.disconnect());
          mo.observe(document.body, { subtree: true, childList: true, attributes: true });
        }),
      code,
    );
    // Each click starts from a settled map, as a planner's clicks do (seconds apart, not 20 ms).
    await page.evaluate(() => new Promise<void>((r) => (window.__atlas!.map.loaded() && !window.__atlas!.map.isMoving() ? setTimeout(r, 250) : window.__atlas!.map.once('idle', () => r()))));
    await page.mouse.click(x, y);
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`no panel for ${code} after 10 s`)), 10_000))]);
  }
  const t = await page.evaluate(() => (window as unknown as { __t: number[] }).__t);
  // The first click of a district in a fresh panel is counted too: planners feel it.
  return { p50: round(quantile(t, 0.5)), p95: round(quantile(t, 0.95)), n: t.length };
}

/**
 * A legend toggle → the map has drawn the change: p50 / p95. Timed to the first animation frame
 * after the map goes idle, so the redrawn frame has been handed to the compositor (with software
 * WebGL, 'idle' alone fires before the GPU has done the work).
 */
export async function filterToMap(page: Page, changes: number): Promise<{ p50: number; p95: number; n: number }> {
  const t: number[] = [];
  const toggles = ['layer-toggle-hsr', 'status-toggle-under-construction', 'layer-toggle-expressway', 'layer-toggle-station'];
  for (let i = 0; i < changes; i++) {
    const id = toggles[i % toggles.length]!;
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
    t.push(await Promise.race([timing, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`map never idle after ${id}`)), 10_000))]));
  }
  return { p50: round(quantile(t, 0.5)), p95: round(quantile(t, 0.95)), n: t.length };
}
