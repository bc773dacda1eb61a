import type { Page } from 'playwright-core';
import { quantile, round } from './stats';

export type Figure = { p50: number; p95: number; n: number };
export const figure = (t: readonly number[]): Figure => ({ p50: round(quantile(t, 0.5)), p95: round(quantile(t, 0.95)), n: t.length });

export interface Timed {
  /** A CSS selector for the element that receives the event; the canvas when absent. */
  selector?: string;
  event?: 'click' | 'keydown';
  /** Before the settling pause, not timed: a mouse brought over the place it will click (its hover is drawn then). */
  prepare?(): Promise<void>;
  /** Does the action: a click, a key press (Playwright, so the page sees a real event). */
  act(): Promise<void>;
  /**
   * The action is done when this holds too: an element matching `shows` exists (a panel), or the
   * text of `changes` differs from before the event (a count). (Plain data: the page's CSP allows no eval.)
   */
  until?: { shows: string } | { changes: string };
}

/**
 * The bench's one measure of an action: from the event's own timestamp to the first animation
 * frame after the map has drawn what the action changed and gone idle (and `until` holds), so
 * the drawn frame has been handed to the compositor; with software WebGL, 'idle' alone fires
 * before the GPU has done the work. An action that changes nothing on the map ends at the first
 * frame after `until` holds. Each action starts from a settled page, as a planner's clicks do
 * (seconds apart, not milliseconds).
 */
export async function timeToIdleFrame(page: Page, t: Timed): Promise<number> {
  return (await timeToFrames(page, t)).map;
}

/**
 * As timeToIdleFrame, with the time to the first frame after `until` first held too (a panel
 * shown, whatever the map still has to draw).
 */
export async function timeToFrames(page: Page, t: Timed): Promise<{ map: number; until: number }> {
  await t.prepare?.();
  await settled(page);
  // The listener is in place before the action (the call returns once it is), its answer awaited after.
  await page.evaluate(
    ([sel, ev, until]) => {
      (window as unknown as { __timed: Promise<{ map: number; until: number }> }).__timed = new Promise<{ map: number; until: number }>((resolve) => {
        const map = window.__atlas!.map as unknown as import('maplibre-gl').Map & { _frameRequest?: unknown };
        const target = sel ? document.querySelector(sel)! : map.getCanvas();
        const text = (q: string) => document.querySelector(q)?.textContent;
        const before = until && 'changes' in until ? text(until.changes) : null;
        const holds = () => !until || ('shows' in until ? document.querySelector(until.shows) !== null : text(until.changes) !== before);
        target.addEventListener(
          ev!,
          (e) => {
            const start = e.timeStamp;
            let held = 0;
            const end = () => requestAnimationFrame(() => resolve({ map: performance.now() - start, until: held }));
            // The listener runs before React's own (at the root), so look once the event is handled.
            const check = () => {
              if (!holds()) return requestAnimationFrame(check);
              requestAnimationFrame(() => (held = performance.now() - start));
              // A frame asked for, or tiles still loading after setData: wait for the map's idle.
              if (map._frameRequest || !map.loaded()) map.once('idle', end);
              else end();
            };
            setTimeout(check, 0);
          },
          { once: true, capture: true },
        );
      });
    },
    [t.selector ?? null, t.event ?? 'click', t.until ?? null] as const,
  );
  await t.act();
  const timing = page.evaluate(() => (window as unknown as { __timed: Promise<{ map: number; until: number }> }).__timed);
  const what = `${t.selector ?? 'a map click'}${t.until ? ` until ${JSON.stringify(t.until)}` : ''}`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(async () => {
      const state = await page.evaluate(() => {
        const map = window.__atlas!.map as unknown as import('maplibre-gl').Map & { _frameRequest?: unknown };
        return { loaded: map.loaded(), frame: Boolean(map._frameRequest), panel: document.querySelector('[data-testid="district-panel"]')?.getAttribute('data-code') ?? null };
      });
      reject(new Error(`not done after ${what} in 60 s: ${JSON.stringify(state)}`));
    }, 60_000);
  });
  try {
    return await Promise.race([timing, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The yardstick every action is divided by, measured the same way in the same page: a forced
 * repaint (`map.triggerRepaint()`, then the first frame after idle), with nothing else changed.
 */
export async function forcedRepaint(page: Page): Promise<number> {
  await settled(page);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = window.__atlas!.map;
        const start = performance.now();
        map.once('idle', () => requestAnimationFrame(() => resolve(performance.now() - start)));
        map.triggerRepaint();
      }),
  );
}

/** 250 ms, then until the map has nothing left to draw: work left over from the last action is not the next one's. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          const map = window.__atlas!.map as unknown as import('maplibre-gl').Map & { _frameRequest?: unknown };
          if (map._frameRequest || !map.loaded()) map.once('idle', () => resolve());
          else resolve();
        }, 250),
      ),
  );
}
