import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexDistricts } from '../src/data/districts';
import { districtsFile } from '../src/data/schemas';
import { indexTransport } from '../src/data/transport';
import { transportFile } from '../src/data/transport-schema';
import { FeaturePanel } from '../src/ui/FeaturePanel';
import { guardOffline, launch, ROOT } from './driver';

// No server: the panel is rendered here and handed to the browser as a page of its own.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** An article as a planner might paste it from a web page, with live markup around a real name. */
const HOSTILE =
  '新华网讯。<img src=x onerror="window.__ran=(window.__ran||[]).concat(\'img\')">成渝中线高铁全线开工建设，' +
  '<script>window.__ran=(window.__ran||[]).concat(\'script\')</script>川渝两地将共同推进。';

const geodata = (path: string) => JSON.parse(readFileSync(join(ROOT, 'geodata', path), 'utf8'));

/** The feature panel of 成渝中线高铁 as React renders it, with the hostile article as its only source text. */
function panelMarkup(): string {
  const districts = indexDistricts(districtsFile.parse(geodata('districts.geojson')));
  const transport = indexTransport(transportFile.parse(geodata('transport/rail.geojson')).features);
  const feature = transport.byId.get('chengyu-zhongxian-hsr')!;
  return renderToStaticMarkup(createElement(FeaturePanel, { feature, transport, districts, articles: [{ file: 'pasted.txt', text: HOSTILE }], articleMeta: new Map() }));
}

type Probe = { __ran?: string[] };

describe('article text with markup', () => {
  it('is shown as text in the feature panel: no element is made from it and no script runs', async () => {
    const html = panelMarkup();
    const context = await browser.newContext();
    const outside = await guardOffline(context);
    // The probe works: the same text parsed as markup does run (so the assertions below can fail).
    const control = await context.newPage();
    await control.setContent(`<body>${HOSTILE}</body>`);
    await expect.poll(() => control.evaluate(() => (window as unknown as Probe).__ran ?? [])).toEqual(expect.arrayContaining(['img', 'script']));
    await control.close();

    const page = await context.newPage();
    await page.setContent(`<body>${html}</body>`);
    // An image's error event is a task away: give it time before asserting that nothing happened.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as Probe).__ran)).toBeUndefined();
    expect(await page.locator('img, script').count()).toBe(0);
    const quote = await page.locator('[data-testid="mentions"] q').first().textContent();
    expect(quote).toContain('<img src=x onerror=');
    expect(quote).toContain('成渝中线高铁全线开工建设');
    expect(outside).toEqual([]);
    await context.close();
  });
});
