/**
 * Every control a planner uses, at 1×, 10× and 100× the extracted agreements (bench/synthetic.ts),
 * each timed with the one measure in bench/timing.ts and divided by a forced repaint taken in the
 * same page and state, alternating with it (repaint, action, repaint, action, …), so both see the
 * same load on the machine. All at zoom 7 over the core of the economic circle.
 *
 * - click → panel: a district's label clicked → its panel with cards shown (click → map: and the
 *   map has drawn the selection, its partners and arcs);
 * - legend toggle: a transport mode or status switched → the map redrawn;
 * - mode switch: plain → choropleth → network → … with nothing selected → the map redrawn;
 * - filter change: a field checkbox, in choropleth mode with the table open → the count changed
 *   and the map redrawn;
 * - slider step: ArrowRight/ArrowLeft on the time slider, in the same state → the map redrawn.
 */
import type { Browser, Page } from 'playwright-core';
import { jumpAndSettle, openAtlas, project, waitForMapReady } from '../e2e/driver';
import { syntheticAgreements } from './synthetic';
import { figure, forcedRepaint, timeToFrames, timeToIdleFrame, type Figure, type Timed } from './timing';
import { round } from './stats';

export const ACTIONS = ['click_to_panel', 'click_to_map', 'legend_toggle', 'mode_switch', 'filter_change', 'slider_step'] as const;
export type Action = (typeof ACTIONS)[number];

export interface ActionFigure {
  action_ms: Figure;
  repaint_ms: Figure;
  /** action p50 / repaint p50, action p95 / repaint p95. */
  ratio_p50: number;
  ratio_p95: number;
}

const ratios = (act: number[], repaint: number[]): ActionFigure => {
  const a = figure(act);
  const r = figure(repaint);
  return { action_ms: a, repaint_ms: r, ratio_p50: round(a.p50 / r.p50, 2), ratio_p95: round(a.p95 / r.p95, 2) };
};

/** `n` actions, each after a forced repaint in the same state. */
async function paired(page: Page, n: number, action: (i: number) => Timed): Promise<ActionFigure> {
  const act: number[] = [];
  const repaint: number[] = [];
  for (let i = 0; i < n; i++) {
    repaint.push(await forcedRepaint(page));
    act.push(await timeToIdleFrame(page, action(i)));
  }
  return ratios(act, repaint);
}

/**
 * District label points where the canvas itself is on top (the legend and controls cover some)
 * and no other label point is within 12 px (a click there could mean either district).
 */
async function clickableLabels(page: Page): Promise<(readonly [string, [number, number]])[]> {
  const labels = await page.evaluate(() => {
    const map = window.__atlas!.map;
    const box = map.getCanvas().getBoundingClientRect();
    const all = map
      .queryRenderedFeatures({ layers: ['district-labels'] })
      .map((f) => [f.properties.code as string, (f.geometry as unknown as { coordinates: [number, number] }).coordinates] as const);
    const codes = new Set<string>();
    return all.filter(([code, at]) => {
      const p = map.project(at);
      const alone = all.every(([other, o]) => other === code || Math.hypot(map.project(o).x - p.x, map.project(o).y - p.y) > 12);
      const fresh = !codes.has(code) && codes.add(code);
      return fresh && alone && document.elementFromPoint(box.left + p.x, box.top + p.y) === map.getCanvas();
    });
  });
  if (labels.length < 10) throw new Error(`only ${labels.length} clickable district labels in view`);
  return labels;
}

const testId = (id: string) => `[data-testid="${id}"]`;

export async function actionsAt(browser: Browser, url: string, scale: number, n: number): Promise<Record<Action, ActionFigure> & { agreements: number }> {
  const body = syntheticAgreements(scale);
  const a = await openAtlas(browser, url, {
    routes: (c) => c.route('**/assets/agreements-*.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body })),
    waitForMap: false,
  });
  const { page } = a;
  try {
    await waitForMapReady(page, 180_000);
    // tsx keeps function names by wrapping them in a `__name` helper that the page does not have.
    await page.evaluate('globalThis.__name = (f) => f');
    await jumpAndSettle(page, [105.6, 30.0], 7);

    // One click, two figures: to the panel shown (the figure the issue names), and to the map drawn too.
    const labels = await clickableLabels(page);
    const toPanel: number[] = [];
    const toMap: number[] = [];
    const clickRepaint: number[] = [];
    for (let i = 0; i < n; i++) {
      const [code, at] = labels[i % labels.length]!;
      let point = { x: 0, y: 0 };
      clickRepaint.push(await forcedRepaint(page));
      const t = await timeToFrames(page, {
        until: { shows: `${testId('district-panel')}[data-code="${code}"]` },
        prepare: async () => {
          point = await project(page, at);
          await page.mouse.move(point.x, point.y);
        },
        act: () => page.mouse.click(point.x, point.y),
      });
      toPanel.push(t.until);
      toMap.push(t.map);
    }
    const click_to_panel = ratios(toPanel, clickRepaint);
    const click_to_map = ratios(toMap, clickRepaint);
    await page.locator(`${testId('district-panel')} .panel-head button`).click();

    const toggles = ['layer-toggle-hsr', 'status-toggle-under-construction', 'layer-toggle-expressway', 'layer-toggle-station'];
    // Every toggle is clicked an even number of times, so the legend ends as it began.
    const legend_toggle = await paired(page, n - (n % 8), (i) => ({ selector: testId(toggles[i % 4]!), act: () => page.getByTestId(toggles[i % 4]!).click() }));

    const modes = ['choropleth', 'network', 'plain'];
    const mode_switch = await paired(page, n, (i) => ({ selector: testId(`map-mode-${modes[i % 3]}`), act: () => page.getByTestId(`map-mode-${modes[i % 3]}`).click() }));

    // Choropleth with the table open: a filter change redraws the map and re-renders the panels.
    await page.getByTestId('map-mode-choropleth').click();
    await page.getByTestId('panel-switch').click();
    await page.getByTestId('table-panel').waitFor();
    await page.locator('.filter-controls summary').click();
    const domains = ['transport', 'tourism-culture', 'industry', 'ecology'];
    const filter_change = await paired(page, n - (n % 8), (i) => {
      const sel = `[data-domain="${domains[i % 4]}"]`;
      return { selector: sel, until: { changes: testId('filter-count') }, act: () => page.locator(sel).click() };
    });

    const range = testId('time-range');
    await page.locator(range).fill('2015');
    const slider_step = await paired(page, n, (i) => ({
      selector: range,
      event: 'keydown',
      until: { changes: testId('time-year') },
      act: () => page.locator(range).press(i < n / 2 ? 'ArrowRight' : 'ArrowLeft'),
    }));

    return { agreements: (JSON.parse(body) as { agreements: unknown[] }).agreements.length, click_to_panel, click_to_map, legend_toggle, mode_switch, filter_change, slider_step };
  } finally {
    await a.close();
  }
}

/** All scales, and how flat each action is: its p95 ratio at 10× and 100× over that at 1×. */
export async function actionBench(browser: Browser, url: string, n: number, scales: readonly number[] = [1, 10, 100]): Promise<Record<string, unknown>> {
  const out: Record<string, Awaited<ReturnType<typeof actionsAt>>> = {};
  for (const scale of scales) out[`${scale}x`] = await actionsAt(browser, url, scale, n);
  const base = out[`${scales[0]}x`]!;
  const flat = Object.fromEntries(
    ACTIONS.map((k) => [k, Object.fromEntries(scales.slice(1).map((s) => [`${s}x_over_${scales[0]}x`, round(out[`${s}x`]![k].ratio_p95 / base[k].ratio_p95, 2)]))]),
  );
  return { ...out, flatness_p95: flat };
}
