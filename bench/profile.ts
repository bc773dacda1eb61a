/**
 * Where an action's time goes: `npm run bench:profile -- <action> [scale]` (after a build; for
 * readable names build with `npx vite build --minify false`). Repeats the action as the bench
 * does (bench/actions.ts) under a Chromium trace and a V8 CPU profile, then prints, per action:
 * the renderer main thread's busy time by kind of work (script, style, layout, paint, GC), the
 * GPU process's busy time, the map worker's, and the functions with the most self time.
 * Actions: load, bare (the bare MapLibre page's load, bench/bare/), repaint, click_to_panel, legend_toggle, mode_switch, filter_change, slider_step.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { jumpAndSettle, launch, openAtlas, project, startServer, waitForMapReady } from '../e2e/driver';
import { syntheticAgreements } from './synthetic';
import { HOME_BOUNDS } from '../src/map/camera';
import { forcedRepaint, timeToIdleFrame, type Timed } from './timing';
import { round } from './stats';

const [action = 'mode_switch', scaleArg = '1'] = process.argv.slice(2);
const scale = Number(scaleArg);
const REPEAT = Number(process.env.PROFILE_REPEAT ?? 6);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: unknown };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const KIND: [RegExp, string][] = [
  [/^(FunctionCall|EvaluateScript|v8\.compile|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.callFunction|ParseHTML|XHRReadyStateChange|v8\.run)/, 'script'],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)/, 'style'],
  [/^(Layout|UpdateLayerTree|IntersectionObserverController)/, 'layout'],
  [/^(Paint|PaintImage|Rasterize|CompositeLayers|Commit|PrePaint|Layerize)/, 'paint'],
  [/^(MajorGC|MinorGC|V8\.GC|BlinkGC)/, 'gc'],
];

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,gpu,toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

function threads(events: TraceEvent[]): Map<string, { pid: number; tid: number }> {
  const out = new Map<string, { pid: number; tid: number }>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) out.set(`${e.args.name}@${e.pid}:${e.tid}`, { pid: e.pid, tid: e.tid });
  return out;
}

/** Busy time of one thread's top-level tasks, and the main thread's by kind of work (nested events, deepest kind wins). */
function summarise(events: TraceEvent[], repeat: number) {
  const names = threads(events);
  const busy = (pred: (name: string) => boolean) => {
    let total = 0;
    for (const [name, t] of names)
      if (pred(name)) for (const e of events) if (e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.dur) total += e.dur;
    return round(total / 1000 / repeat);
  };
  const main = [...names].find(([n]) => n.startsWith('CrRendererMain'))?.[1];
  const byKind = new Map<string, number>();
  if (main) {
    const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    // Self time per event: its duration less its children's.
    const stack: { e: TraceEvent; child: number }[] = [];
    const close = (until: number) => {
      while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= until) {
        const top = stack.pop()!;
        const kind = KIND.find(([re]) => re.test(top.e.name))?.[1] ?? (top.e.name === 'ThreadControllerImpl::RunTask' || top.e.name === 'RunTask' ? 'other' : `other:${top.e.name}`);
        byKind.set(kind, (byKind.get(kind) ?? 0) + top.e.dur! - top.child);
        if (stack.length) stack[stack.length - 1]!.child += top.e.dur!;
      }
    };
    for (const e of mine) {
      close(e.ts);
      stack.push({ e, child: 0 });
    }
    close(Infinity);
  }
  const main_by_kind = Object.fromEntries([...byKind].filter(([, v]) => v / 1000 / repeat >= 0.5).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v / 1000 / repeat)]));
  return {
    main_busy_ms: busy((n) => n.startsWith('CrRendererMain')),
    main_by_kind,
    gpu_busy_ms: busy((n) => n.startsWith('CrGpuMain') || n.startsWith('VizCompositorThread')),
    workers_busy_ms: busy((n) => n.startsWith('DedicatedWorker')),
    compositor_busy_ms: busy((n) => n.startsWith('Compositor')),
  };
}

function hotFunctions(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, repeat: number, top = 30) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const file = n.callFrame.url.split('/').pop() ?? '';
    const key = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byFile = new Map<string, number>();
  for (const [k, v] of self) {
    const file = k.split(' ').pop()!.replace(/-[\w-]{8}\.(m?js):\d+$/, '').replace(/:\d+$/, '');
    byFile.set(file, (byFile.get(file) ?? 0) + v);
  }
  return {
    self_ms_by_file: Object.fromEntries([...byFile].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => [k, round(v / 1000 / repeat)])),
    self_ms_by_function: Object.fromEntries([...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, round(v / 1000 / repeat, 2)])),
  };
}

async function labels(page: Page) {
  return page.evaluate(() => {
    const map = window.__atlas!.map;
    const box = map.getCanvas().getBoundingClientRect();
    return map
      .queryRenderedFeatures({ layers: ['district-labels'] })
      .map((f) => [f.properties.code as string, (f.geometry as unknown as { coordinates: [number, number] }).coordinates] as const)
      .filter(([, at]) => document.elementFromPoint(box.left + map.project(at).x, box.top + map.project(at).y) === map.getCanvas());
  });
}

const server = await startServer();
const browser = await launch();
try {
  const body = syntheticAgreements(scale);
  const a = await openAtlas(browser, server.url, {
    routes: (c) => c.route('**/assets/agreements-*.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body })),
    waitForMap: action !== 'load' && action !== 'bare',
  });
  const { page } = a;
  const cdp = await a.context.newCDPSession(page);
  if (action === 'load' || action === 'bare') {
    // The load: a second navigation in the same page, traced from the start (`bare`: the bare MapLibre page, bench/bare/).
    await waitForMapReady(page, 180_000);
    if (action === 'bare') {
      const size = await page.evaluate(() => ({ w: window.__atlas!.map.getContainer().clientWidth, h: window.__atlas!.map.getContainer().clientHeight }));
      await page.goto(`${server.url}bare/?w=${size.w}&h=${size.h}&bounds=${HOME_BOUNDS.join(',')}`);
      await waitForMapReady(page, 180_000);
    }
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const stop = await startTrace(cdp);
    await cdp.send('Profiler.start');
    await page.reload();
    await waitForMapReady(page, 180_000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const events = await stop();
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])));
    // PROFILE_OUT=file: the raw CPU profile and trace, with the marks, for a timeline (bench/profile-timeline.ts).
    if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify({ marks, profile, events }));
    console.log(JSON.stringify({ action, marks, ...summarise(events, 1), ...hotFunctions(profile, 1, 40) }, null, 1));
  } else {
    await page.evaluate('globalThis.__name = (f) => f');
    await jumpAndSettle(page, [105.6, 30.0], 7);
    const ls = await labels(page);
    if (action === 'filter_change' || action === 'slider_step') {
      await page.getByTestId('map-mode-choropleth').click();
      await page.getByTestId('panel-switch').click();
      await page.locator('.filter-controls summary').click();
      if (action === 'slider_step') await page.getByTestId('time-range').fill('2015');
    }
    const domains = ['transport', 'tourism-culture', 'industry', 'ecology'];
    const toggles = ['layer-toggle-hsr', 'status-toggle-under-construction', 'layer-toggle-expressway', 'layer-toggle-station'];
    const modes = ['choropleth', 'network', 'plain'];
    const step = (i: number): Timed | null => {
      switch (action) {
        case 'repaint':
          return null;
        case 'click_to_panel': {
          const [code, at] = ls[i % ls.length]!;
          let point = { x: 0, y: 0 };
          return {
            until: { shows: `[data-testid="district-panel"][data-code="${code}"]` },
            prepare: async () => {
              point = await project(page, at);
              await page.mouse.move(point.x, point.y);
            },
            act: () => page.mouse.click(point.x, point.y),
          };
        }
        case 'legend_toggle':
          return { selector: `[data-testid="${toggles[i % 4]}"]`, act: () => page.getByTestId(toggles[i % 4]!).click() };
        case 'mode_switch':
          return { selector: `[data-testid="map-mode-${modes[i % 3]}"]`, act: () => page.getByTestId(`map-mode-${modes[i % 3]}`).click() };
        case 'filter_change':
          return { selector: `[data-domain="${domains[i % 4]}"]`, until: { changes: '[data-testid="filter-count"]' }, act: () => page.locator(`[data-domain="${domains[i % 4]}"]`).click() };
        case 'slider_step':
          return { selector: '[data-testid="time-range"]', event: 'keydown', until: { changes: '[data-testid="time-year"]' }, act: () => page.locator('[data-testid="time-range"]').press(i % 2 ? 'ArrowLeft' : 'ArrowRight') };
        default:
          throw new Error(`unknown action ${action}`);
      }
    };
    const run = async (i: number) => {
      const s = step(i);
      return s ? timeToIdleFrame(page, s) : forcedRepaint(page);
    };
    for (let i = 0; i < 3; i++) await run(i); // warm up
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number };
      w.__frames = 0;
      window.__atlas!.map.on('render', () => w.__frames++);
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const stop = await startTrace(cdp);
    await cdp.send('Profiler.start');
    const times: number[] = [];
    for (let i = 3; i < 3 + REPEAT; i++) times.push(round(await run(i)));
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const events = await stop();
    const frames = round((await page.evaluate(() => (window as unknown as { __frames: number }).__frames)) / REPEAT, 2);
    // Busy times are per action, but include the 250 ms settling pause before each (mostly idle).
    console.log(JSON.stringify({ action, scale, times_ms: times, map_frames_per_action: frames, ...summarise(events, REPEAT), ...hotFunctions(profile, REPEAT) }, null, 1));
  }
  await a.close();
} finally {
  await browser.close();
  await server.stop();
}
