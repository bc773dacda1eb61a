/**
 * A thin driver for the real app in headless Chromium: serves the production build on 127.0.0.1,
 * blocks (and records) any request to another host, and speaks in terms of the app's test contract.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { LINE_LAYER_STATUSES } from '../src/map/layers/transport';
import { SHOWN_BY_STATE } from '../src/map/ids';

export const ROOT = join(import.meta.dirname, '..');

const LAUNCH_ARGS = [
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Serves dist/ with `vite preview`; the build must exist (npm run test:e2e builds first). */
export async function startServer(): Promise<Server> {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const port = await freePort();
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // As `npm start` does: long share links must reach the app (see scripts/start.mjs).
    env: { ...process.env, NODE_OPTIONS: '--max-http-header-size=262144' },
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`preview server did not start on ${url}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: [...LAUNCH_ARGS, ...extraArgs] });
}

export interface AtlasPage {
  page: Page;
  context: BrowserContext;
  /** Requests that tried to leave 127.0.0.1 (all were blocked). */
  outside: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** A touch screen (a phone): no hover, a coarse pointer, no drag and drop. */
  touch?: boolean;
  waitForMap?: boolean;
  /** Extra routes (a broken file, say); registered after the offline guard, so they win. */
  routes?: (context: BrowserContext) => Promise<unknown>;
}

export async function openAtlas(browser: Browser, url: string, opts: OpenOptions = {}): Promise<AtlasPage> {
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 800 }, hasTouch: opts.touch });
  const outside = await guardOffline(context);
  await opts.routes?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  if (opts.waitForMap !== false) await waitForMapReady(page);
  return { page, context, outside, errors, close: () => context.close() };
}

/** Blocks every request that would leave 127.0.0.1 in this context; returns the list of those blocked. */
export async function guardOffline(context: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1') return route.continue();
    outside.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return outside;
}

/**
 * Records what the first complete map drew, at the moment it is marked ready (before anything the
 * app does after it): each layer's visibility, and the features each layer holds and shows, as
 * `window.__firstFrame`. For `openAtlas`'s `routes`.
 */
export async function recordFirstFrame(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
      const map = window.__atlas?.map;
      if (name === 'atlas:map-ready' && map) {
        const layers = map.getStyle().layers.map((l) => l.id);
        (window as unknown as { __firstFrame: unknown }).__firstFrame = {
          visibility: Object.fromEntries(layers.map((id) => [id, map.getLayoutProperty(id, 'visibility') ?? 'visible'])),
          rendered: Object.fromEntries(layers.map((id) => [id, map.queryRenderedFeatures({ layers: [id] }).length])),
          // For the layers drawn by feature-state `shown` (the network, the places).
          shown: Object.fromEntries(layers.map((id) => [id, map.queryRenderedFeatures({ layers: [id] }).filter((f) => f.state.shown === true).length])),
        };
      }
      return mark(name, options);
    }) as typeof performance.mark;
  });
}

export interface FirstFrame {
  visibility: Record<string, string>;
  rendered: Record<string, number>;
  shown: Record<string, number>;
}

export const firstFrame = (page: Page): Promise<FirstFrame> => page.evaluate(() => (window as unknown as { __firstFrame: FirstFrame }).__firstFrame);

export async function waitForMapReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', undefined, { timeout });
}

// 大足区's label point from geodata/districts.geojson (checked inside the polygon by the unit tests).
export const DAZU_LABEL: [number, number] = [105.736, 29.64];

/** Screen position of a [lon, lat] on the map canvas, in page coordinates. */
export async function project(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lon, lat]) => {
    const map = window.__atlas!.map;
    const p = map.project([lon, lat]);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lonLat);
}

/** Clicks the map at a [lon, lat], as a planner's mouse would. */
export async function clickMapAt(page: Page, lonLat: [number, number]): Promise<void> {
  const { x, y } = await project(page, lonLat);
  await page.mouse.click(x, y);
}

/** Clicks a district at its label point (大足区 by default), as a planner selects one, and waits for its panel. */
export async function clickDistrictLabel(page: Page, lonLat: [number, number] = DAZU_LABEL, code = '500111'): Promise<void> {
  await clickMapAt(page, lonLat);
  await page.locator(`[data-testid="district-panel"][data-code="${code}"]`).waitFor();
}

/**
 * Transport features drawn in these layers that the legend has not hidden: a hidden feature stays
 * in its layer at opacity 0 (feature-state `hidden`), so it is rendered but not shown.
 */
export async function shownTransport(page: Page, layers: string[]): Promise<{ id: string; mode: string }[]> {
  // A line layer holds every line that ever had one of its statuses and draws those whose status
  // (the time slider's `yr`, else today's) is its own: the others are there at opacity 0.
  return page.evaluate(
    ([ls, statuses]) =>
      window.__atlas!.map
        .queryRenderedFeatures({ layers: ls })
        .filter((f) => !f.state.hidden)
        .filter((f) => !(f.layer.id in statuses) || (statuses[f.layer.id] as readonly string[]).includes(String(f.state.yr ?? f.properties.status)))
        .map((f) => ({ id: String(f.properties.id), mode: String(f.properties.mode) })),
    [layers, LINE_LAYER_STATUSES] as const,
  );
}

/** Resolves once the map has drawn a frame and gone idle; it asks for the frame, so an already idle map resolves too. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlas!.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Moves the camera and resolves once the map has drawn the new view. */
export async function jumpAndSettle(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ([c, z]) =>
      new Promise<void>((resolve) => {
        const map = window.__atlas!.map;
        map.once('idle', () => resolve());
        map.jumpTo({ center: c as [number, number], zoom: z as number });
      }),
    [center, zoom] as const,
  );
}

export interface Harness {
  readonly server: Server;
  readonly browser: Browser;
}

/**
 * Starts the preview server and Chromium before a test file's tests and stops them after, for
 * the calling file. Read `server` and `browser` inside tests or hooks, not at module load.
 */
export function serverAndBrowser(): Harness {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}

/**
 * One page of the atlas shared by the tests of the calling describe block (or file): opened before
 * them, and after them checked to have asked nothing of another host and logged no error, then closed.
 * Read its fields inside tests, not at module load.
 */
export function sharedAtlas(h: Harness, opts: OpenOptions = {}): AtlasPage {
  let atlas: AtlasPage | undefined;
  beforeAll(async () => {
    atlas = await openAtlas(h.browser, h.server.url, opts);
  });
  afterAll(async () => {
    if (!atlas) return;
    const { outside, errors } = atlas;
    await atlas.close();
    expect(outside, 'requests that tried to leave 127.0.0.1').toEqual([]);
    expect(errors).toEqual([]);
  });
  return {
    get page() {
      return atlas!.page;
    },
    get context() {
      return atlas!.context;
    },
    get outside() {
      return atlas!.outside;
    },
    get errors() {
      return atlas!.errors;
    },
    close: () => atlas!.close(),
  };
}

/**
 * For the look scripts (screenshots for a person to look at): serves the build, launches Chromium,
 * gives `look` the output folder (argv's first non-flag, else e2e/out) and `open` (a page at the
 * given query), then prints what each page asked of other hosts and its errors, and stops it all.
 */
export async function lookAt(look: (s: { out: string; args: string[]; server: Server; open: (query?: string, opts?: OpenOptions) => Promise<AtlasPage> }) => Promise<void>): Promise<void> {
  const args = process.argv.slice(2);
  const out = args.find((a) => !a.startsWith('--')) ?? join(ROOT, 'e2e/out');
  mkdirSync(out, { recursive: true });
  const server = await startServer();
  const browser = await launch();
  const pages: AtlasPage[] = [];
  try {
    const open = async (query = '', opts: OpenOptions = {}) => {
      const a = await openAtlas(browser, server.url + query, opts);
      pages.push(a);
      return a;
    };
    await look({ out, args, server, open });
    console.log('outside requests:', pages.flatMap((a) => a.outside), 'errors:', pages.flatMap((a) => a.errors));
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * For a look script: the page opened at 1440×900 and on a phone (390×844, touch), in Chinese and in
 * English, each given to `look` with a `shot` that names the screenshot by view and language.
 */
export async function inEachView(
  open: (query?: string, opts?: OpenOptions) => Promise<AtlasPage>,
  out: string,
  look: (page: Page, shot: (name: string) => Promise<unknown>) => Promise<void>,
): Promise<void> {
  for (const [size, viewport, touch] of [
    ['desktop', { width: 1440, height: 900 }, false],
    ['phone', { width: 390, height: 844 }, true],
  ] as const)
    for (const lang of ['zh', 'en'] as const) {
      const { page } = await open(lang === 'en' ? '?lang=en' : '', { viewport, touch });
      await look(page, (name) => page.screenshot({ path: join(out, `${size}-${lang}-${name}.png`) }));
    }
}

/** Serves the hand-made agreements fixture instead of geodata/agreements.json (for tests that must not depend on the extractor's output). */
export const AGREEMENTS_FIXTURE = join(ROOT, 'src/test-fixtures/agreements.fixture.json');
export const withAgreementsFixture = (context: BrowserContext) =>
  context.route('**/assets/agreements-*.json', (route) => route.fulfill({ path: AGREEMENTS_FIXTURE, contentType: 'application/json' }));

/** The feature-state of one feature (a district by its code, an arc by its id). */
export async function featureState(page: Page, source: string, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(([s, i]) => window.__atlas!.map.getFeatureState({ source: s!, id: i! }), [source, id] as const);
}

/**
 * Properties of the features drawn in a layer now (empty when the layer is hidden). A layer that
 * holds every feature and draws those its feature-state shows (SHOWN_BY_STATE) gives those only.
 */
export async function renderedProps(page: Page, layer: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ([l, byState]) => {
      const map = window.__atlas!.map;
      if (map.getLayoutProperty(l!, 'visibility') === 'none') return [];
      return map
        .queryRenderedFeatures({ layers: [l!] })
        .filter((f) => !byState || f.state.shown === true)
        .map((f) => ({ ...f.properties, id: f.id }));
    },
    [layer, (SHOWN_BY_STATE as readonly string[]).includes(layer)] as const,
  );
}
