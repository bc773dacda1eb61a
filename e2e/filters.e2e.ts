import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { LAYER, SOURCE } from '../src/map/ids';
import { featureState, jumpAndSettle, openAtlas, renderedProps, ROOT, serverAndBrowser, settle } from './driver';

const h = serverAndBrowser();

const camera = (page: Page) =>
  page.evaluate(() => {
    const m = window.__atlas!.map;
    return { lng: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
  });
const rows = (page: Page) => page.getByTestId('agreement-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
const chips = (page: Page) => page.getByTestId('filter-chip').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-chip')).sort());
const count = (page: Page) => page.getByTestId('filter-count').innerText();
// The selection's arcs and the network's, whichever are drawn.
const arcs = async (page: Page) => [...(await renderedProps(page, LAYER.agreementArcs)), ...(await renderedProps(page, LAYER.agreementNetwork))].map((a) => String(a.id)).sort();

// What the export writes on its image, recorded as it draws (the image itself is pixels).
const recordText = (c: BrowserContext) =>
  c.addInitScript(() => {
    const w = window as unknown as { __drawnText: string[] };
    w.__drawnText = [];
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, max?: number) {
      w.__drawnText.push(text);
      return max === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, max);
    };
  });
const exportPng = async (page: Page) => {
  await page.evaluate(() => ((window as unknown as { __drawnText: string[] }).__drawnText = []));
  await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  return page.evaluate(() => (window as unknown as { __drawnText: string[] }).__drawnText);
};

describe('filters, time slider, table and their link', () => {
  it('sets fields, years, partner province, the slider and the table through the UI; a fresh context opened on the copied link shows the same', async () => {
    const a = await openAtlas(h.browser, h.server.url);
    await a.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
    const { page } = a;
    const total = Number(/\/ (\d+)/.exec(await count(page))![1]);
    expect(total).toBeGreaterThan(20);

    await page.locator('.filter-controls summary').click();
    await page.locator('[data-domain="tourism-culture"]').check();
    await page.locator('[data-domain="transport"]').check();
    await page.getByTestId('filter-year-from').fill('2020');
    await page.getByTestId('filter-year-to').fill('2021');
    await page.getByTestId('filter-partner').selectOption('510000');
    await page.getByTestId('time-range').fill('2021');
    await page.getByTestId('panel-switch').click();
    await page.getByTestId('map-mode-network').check();

    // The count and the chips follow; every row is a tourism or transport agreement of 2020–2021.
    await expect.poll(() => count(page)).toMatch(new RegExp(`^显示 \\d+ / ${total} 项合作$`));
    const shown = Number(/显示 (\d+)/.exec(await count(page))![1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    expect(await chips(page)).toEqual(['asOf:2021', 'domain:tourism-culture', 'domain:transport', 'partner:510000', 'years:2020,2021']);
    // The table's code loads on first use: wait for it, as a planner waits out the small progress note.
    await page.getByTestId('agreement-table').waitFor();
    // The side panel widens for the table (at 360 px its columns wrapped a character a line).
    expect(await page.locator('aside.side').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(500);
    const before = await rows(page);
    expect(before).toHaveLength(shown);
    for (const date of await page.getByTestId('agreement-table').locator('tbody tr td:first-child').allInnerTexts()) expect(date).toMatch(/^202[01]/);

    // The slider: a line opened in 2024 after a 2020 start is under construction in 2021; one started in 2022 is absent.
    await settle(page);
    expect((await featureState(page, SOURCE.transportLines, 'yukun-hsr-chongqing-yibin')).yr).toBe('under-construction');
    expect((await featureState(page, SOURCE.transportLines, 'chengzi-yi-hsr')).yr).toBe('planned');
    expect((await featureState(page, SOURCE.transportLines, 'chengyu-zhongxian-hsr')).hidden).toBe(true);
    const networkArcs = await arcs(page);
    expect(networkArcs.length).toBeGreaterThan(0);

    // Sorting by kind, then a row picked selects its agreement.
    await page.getByTestId('agreement-table').locator('[data-sort="kind"]').click();
    expect((await rows(page)).sort()).toEqual([...before].sort());
    const first = page.getByTestId('agreement-table').locator('tbody tr').first();
    const id = await first.getAttribute('data-id');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`sel=a:${id}`);
    await page.getByTestId('agreement-panel').waitFor();

    await jumpAndSettle(page, [105.5, 30.0], 7.3);
    await page.waitForTimeout(400); // past the history throttle
    await page.getByTestId('copy-link').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    for (const part of ['fd=tourism-culture,transport', 'fy=2020-2021', 'fp=510000', 't=2021', 'panel=table', 'mode=network', `sel=a:${id}`]) expect(link).toContain(part);
    const cam = await camera(page);
    const selectedArcs = await arcs(page);
    expect(a.outside).toEqual([]);
    expect(a.errors).toEqual([]);
    await a.close();

    const b = await openAtlas(h.browser, link);
    await b.page.getByTestId('agreement-table').waitFor();
    expect(await count(b.page)).toBe(`显示 ${shown} / ${total} 项合作`);
    expect(await chips(b.page)).toEqual(['asOf:2021', 'domain:tourism-culture', 'domain:transport', 'partner:510000', 'years:2020,2021']);
    expect((await rows(b.page)).sort()).toEqual([...before].sort());
    await b.page.getByTestId('agreement-panel').waitFor();
    expect(await b.page.getByTestId('agreement-panel').count()).toBe(1);
    expect(await b.page.getByTestId('time-year').innerText()).toBe('2021');
    await settle(b.page);
    expect((await featureState(b.page, SOURCE.transportLines, 'yukun-hsr-chongqing-yibin')).yr).toBe('under-construction');
    expect((await featureState(b.page, SOURCE.transportLines, 'chengyu-zhongxian-hsr')).hidden).toBe(true);
    expect(await arcs(b.page)).toEqual(selectedArcs);
    const cam2 = await camera(b.page);
    expect(Math.abs(cam2.lng - cam.lng)).toBeLessThan(1e-3);
    expect(Math.abs(cam2.lat - cam.lat)).toBeLessThan(1e-3);
    expect(Math.abs(cam2.zoom - cam.zoom)).toBeLessThan(0.01);
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
    await b.close();
    // Two full loads and a dozen steps through the UI: slow under software WebGL on a shared machine.
  }, 180_000);

  it('says in the plain map, with nothing picked, where the filtered agreements are drawn, and one click shows them in the network', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?fd=transport`);
    const hint = a.page.getByTestId('filter-plain');
    await expect.poll(() => hint.innerText()).toContain('筛选结果见“合作数量”或“合作网络”');
    await a.page.getByTestId('filter-show-network').click();
    expect(await a.page.getByTestId('map-mode-network').isChecked()).toBe(true);
    await expect.poll(() => hint.count()).toBe(0);
    await settle(a.page);
    expect((await arcs(a.page)).length).toBeGreaterThan(0);
    await a.close();
  });

  it('takes a year typed digit by digit into one box and leaves the other end open', async () => {
    const a = await openAtlas(h.browser, h.server.url);
    const { page } = a;
    const agreements = JSON.parse(readFileSync(join(ROOT, 'geodata/agreements.json'), 'utf8')) as { agreements: { date: string | null }[] };
    const from2021 = agreements.agreements.filter((x) => x.date !== null && Number(x.date.slice(0, 4)) >= 2021).length;
    await page.locator('.filter-controls summary').click();
    await page.getByTestId('filter-year-from').pressSequentially('2021');
    await expect.poll(() => chips(page)).toEqual(['years:2021,2035']);
    expect(await page.getByTestId('filter-year-from').inputValue()).toBe('2021');
    expect(await page.getByTestId('filter-year-to').inputValue()).toBe('');
    expect(await page.getByTestId('filter-chip').innerText()).toBe('2021 年起 ×');
    expect(await count(page)).toBe(`显示 ${from2021} / ${agreements.agreements.length} 项合作`);
    // Emptying the box opens that end again: no year filter at all.
    await page.getByTestId('filter-year-from').fill('');
    await expect.poll(() => chips(page)).toEqual([]);
    await a.close();
  });

  it('says how many undated agreements a year range leaves out, counts them by their first report on request, and the link says so', async () => {
    // Worked out here from the files, apart from the app: the year each undated agreement was first reported in.
    type Row = { id: string; date: string | null; domains: string[]; article: string; sources?: { article: string }[] };
    const list = (JSON.parse(readFileSync(join(ROOT, 'geodata/agreements.json'), 'utf8')) as { agreements: Row[] }).agreements;
    const published = new Map((JSON.parse(readFileSync(join(ROOT, 'seeds/articles.json'), 'utf8')) as { articles: { file: string; date: string | null }[] }).articles.map((x) => [x.file, x.date]));
    const reported = (x: Row) => Math.min(...(x.sources?.map((s) => s.article) ?? [x.article]).map((f) => published.get(f)).filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4))));
    const transport = list.filter((x) => x.domains.includes('transport'));
    const dated = transport.filter((x) => x.date !== null && ['2021', '2022'].includes(x.date.slice(0, 4))).length;
    const undated = transport.filter((x) => x.date === null && reported(x) >= 2021 && reported(x) <= 2022).length;
    expect(undated).toBeGreaterThan(0);

    const a = await openAtlas(h.browser, `${h.server.url}?fd=transport&fy=2021-2022&panel=table`);
    const { page } = a;
    const note = page.getByTestId('filter-undated');
    await note.waitFor();
    expect(await count(page)).toBe(`显示 ${dated} / ${list.length} 项合作`);
    expect(await note.innerText()).toBe(`另有 ${undated} 项日期不详、于所选年份首次报道 计入`);
    await page.getByTestId('filter-undated-toggle').click();

    // Counted in: the count, the chip, the table and the link all follow the one selection.
    await expect.poll(() => count(page)).toBe(`显示 ${dated + undated} / ${list.length} 项合作`);
    expect(await note.innerText()).toBe(`含 ${undated} 项日期不详、按首次报道年份计入的合作 不计入`);
    expect(await page.getByTestId('filter-chip').allInnerTexts()).toContain('2021–2022 年（含日期不详） ×');
    await page.getByTestId('agreement-table').waitFor();
    expect(await rows(page)).toHaveLength(dated + undated);
    await expect.poll(() => page.url()).toContain('fy=2021-2022&fu=reported');
    await page.locator('.filter-controls summary').click();
    expect(await page.getByTestId('filter-undated-switch').isChecked()).toBe(true);

    // In English (one page: the codec's round trip of `fu` is unit-tested in src/state/url.test.ts).
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => count(page)).toBe(`Showing ${dated + undated} of ${list.length} agreements`);
    expect(await note.innerText()).toBe(`Includes ${undated} undated, counted by the year first reported Leave them out`);
    expect(await page.getByTestId('filter-chip').allInnerTexts()).toContain('2021–2022 (incl. undated) ×');
    // The chip's × ends the range and the switch with it.
    await page.locator('[data-chip="years:2021,2022"]').click();
    await expect.poll(() => page.url()).not.toContain('fu=');
    expect(await note.count()).toBe(0);
    expect(a.outside).toEqual([]);
    expect(a.errors).toEqual([]);
    await a.close();
  }, 120_000);

  it('says which filters to loosen when nothing passes, and one click on a named filter brings agreements back', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?fd=ecology&fy=2030-2035`);
    const empty = a.page.getByTestId('filter-empty');
    await empty.waitFor();
    expect(await a.page.getByTestId('filter-count').innerText()).toMatch(/^显示 0 \//);
    expect(await empty.innerText()).toContain('2030 年起');
    await empty.locator('[data-chip="years:2030,2035"]').click();
    await expect.poll(() => empty.count()).toBe(0);
    expect(await a.page.getByTestId('filter-count').innerText()).not.toMatch(/^显示 0 \//);
    await expect.poll(() => a.page.url()).not.toContain('fy='); // the address is replaced after the 250 ms throttle
    expect(a.errors).toEqual([]);
    await a.close();
  });

  it('keeps the rest of a hostile link with impossible filter values and says what it dropped', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?lang=en&fd=ecology&fy=2099-1999&t=1999&fc=7&fp=mars&fk=plan,%3Cscript%3E`);
    const notice = a.page.getByTestId('link-notice');
    await notice.waitFor();
    const text = await notice.innerText();
    // In plain words, never as parameter codes, and never echoing what the link held.
    for (const what of ['The year filter', 'The time slider year', 'The minimum confidence filter', 'The partner province filter', 'The form filter']) expect(text).toContain(what);
    expect(text).not.toMatch(/\bfy\b|\bfc\b|script/u);
    // A list keeps its valid items: fk=plan,<script> keeps plan.
    expect(await chips(a.page)).toEqual(['domain:ecology', 'kind:plan']);
    expect(await a.page.getByTestId('filter-count').innerText()).toMatch(/^Showing \d+ of \d+ agreements$/);
    expect(await a.page.getByTestId('time-year').innerText()).toBe('today');
    expect(a.errors).toEqual([]);
    await a.close();
  });

  it('exports exactly what the table shows: CSV with a BOM, GeoJSON, and a PNG of the map named for what and when', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?fd=ecology&panel=table`, { routes: recordText });
    const { page } = a;
    await page.getByTestId('agreement-table').waitFor();
    const ids = await rows(page);
    expect(ids.length).toBeGreaterThan(0);
    // An undated row says when it was first reported, as its card does (the slider goes by that year).
    const dates = await page.getByTestId('agreement-table').locator('tbody tr td:first-child').allInnerTexts();
    for (const date of dates) expect(date).toMatch(/^(\d{4}(-\d\d){0,2}|日期不详（20\d\d 年已有报道）)$/);
    expect(dates.some((d) => d.startsWith('日期不详'))).toBe(true);
    const fetchDownload = async (testid: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
      const stream = await d.createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      return { name: d.suggestedFilename(), body: Buffer.concat(chunks) };
    };
    const csv = await fetchDownload('export-csv');
    // Named for the filter that is on, not only the date.
    expect(csv.name).toMatch(/^chengyu-agreements-ecology-\d{8}-\d{4}\.csv$/);
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.body.toString('utf8').slice(1).trim().split('\r\n');
    // One line per agreement: the quote has no print line breaks left to split a record.
    expect(csv.body.toString('utf8')).not.toMatch(/[^\r]\n/);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual([...ids].sort());
    const header = lines[0]!.split(',');
    for (const c of ['party_codes', 'party_levels', 'party_provinces', 'reason_labels']) expect(header).toContain(c);
    // RFC 4180 fields: quoted ones may hold commas.
    const fields = (l: string) => [...l.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!);
    expect(lines.slice(1).every((l) => fields(l).length === header.length)).toBe(true);
    const codes = lines.slice(1).map((l) => fields(l)[header.indexOf('party_codes')]!);
    expect(codes.every((c) => /^(\d{6})?(;(\d{6})?)*$/.test(c))).toBe(true);
    expect(codes.some((c) => /\d{6};\d{6}/.test(c))).toBe(true);
    const geo = await fetchDownload('export-geojson');
    expect(geo.name).toMatch(/^chengyu-agreements-ecology-\d{8}-\d{4}\.geojson$/);
    type Props = { layer: string; id?: string; quote?: string } & Record<string, unknown>;
    const fc = JSON.parse(geo.body.toString('utf8')) as { features: { properties: Props }[] };
    const own = fc.features.filter((f) => f.properties.layer === 'agreement');
    const lineIds = new Set(own.map((f) => f.properties.id!));
    // The same agreements and fields as the CSV (one row model).
    expect([...lineIds].sort()).toEqual([...ids].sort());
    for (const f of own) {
      for (const c of header) expect(f.properties).toHaveProperty(c);
      expect(f.properties.quote).not.toContain('\n');
    }
    expect(own.some((f) => f.properties.article_title && f.properties.newspaper && f.properties.article_date)).toBe(true);
    expect(fc.features.filter((f) => f.properties.layer === 'district')).toHaveLength(221);
    await settle(page);
    await page.evaluate(() => ((window as unknown as { __drawnText: string[] }).__drawnText = []));
    const png = await fetchDownload('export-png');
    // Plain mode with a filter on draws no agreement: the image says so rather than only counting them,
    // and its legend has every kind and status drawn (points and the planned dots too).
    const texts = await page.evaluate(() => (window as unknown as { __drawnText: string[] }).__drawnText);
    expect(texts.some((x) => x.startsWith('普通模式：地图上未画合作事项'))).toBe(true);
    for (const entry of ['高速铁路', '港口', '无水港', '机场', '物流枢纽', '车站', '已建成', '在建', '规划']) expect(texts).toContain(entry);
    expect(png.name).toMatch(/^chengyu-map-ecology-\d{8}-\d{4}\.png$/);
    expect([...png.body.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const width = png.body.readUInt32BE(16);
    const height = png.body.readUInt32BE(20);
    // At its own size (PNG_MAP_SIZE, 1200 × 860) and twice its pixels, for print, whatever the screen.
    const canvas = await page.evaluate(() => [window.__atlas!.map.getCanvas().clientWidth, window.__atlas!.map.getCanvas().clientHeight]);
    expect(width).toBe(2 * 1200);
    expect(height).toBeGreaterThan(2 * 860);
    // and the map on screen is back at its own size and ratio.
    expect(await page.evaluate(() => [window.__atlas!.map.getCanvas().width, window.__atlas!.map.getCanvas().height])).toEqual(canvas);
    expect(a.errors).toEqual([]);
    await a.close();
  }, 120_000);

  it('frames the exported image to hold both cities even when the open table narrows the map, says so, and gives the screen its view back', async () => {
    // As a planner does: the count map first, then the table opened beside it.
    const a = await openAtlas(h.browser, `${h.server.url}?mode=choropleth`, { routes: recordText, viewport: { width: 1440, height: 900 } });
    const { page } = a;
    await settle(page);
    await page.getByTestId('panel-switch').click();
    await page.getByTestId('agreement-table').waitFor();
    await settle(page);
    // The narrowed map leaves 双流 (Chengdu, in the 8–15 class) out of the screen's view.
    const SHUANGLIU: [number, number] = [103.92, 30.57];
    const YUZHONG: [number, number] = [106.57, 29.55];
    const before = await camera(page);
    const inView = (p: [number, number]) => page.evaluate((q) => window.__atlas!.map.getBounds().contains(q), p);
    expect(await inView(SHUANGLIU)).toBe(false);
    // Where the map stood each time it was drawn for the image.
    await page.evaluate(() => {
      const m = window.__atlas!.map;
      const w = window as unknown as { __drawnAt: number[][] };
      w.__drawnAt = [];
      const redraw = m.redraw.bind(m);
      m.redraw = () => {
        const b = m.getBounds();
        w.__drawnAt.push([b.getWest(), b.getSouth(), b.getEast(), b.getNorth(), m.getCanvas().clientWidth]);
        return redraw();
      };
    });
    const texts = await exportPng(page);
    const [w, s, e, n, drawnWidth] = await page.evaluate(() => (window as unknown as { __drawnAt: number[][] }).__drawnAt.at(-1)!);
    for (const [x, y] of [SHUANGLIU, YUZHONG]) {
      expect(x).toBeGreaterThan(w!);
      expect(x).toBeLessThan(e!);
      expect(y).toBeGreaterThan(s!);
      expect(y).toBeLessThan(n!);
    }
    expect(drawnWidth).toBe(1200);
    expect(texts.join('')).toContain('图幅：屏幕上的地图范围扩大到整个成渝地区');
    // The screen keeps the view it had.
    await settle(page);
    const after = await camera(page);
    expect(after.zoom).toBeCloseTo(before.zoom, 5);
    expect(after.lng).toBeCloseTo(before.lng, 5);
    expect(a.errors).toEqual([]);
    await a.close();
  }, 120_000);

  it('counts alike on the count map, the district table, its CSV and the GeoJSON, under the basis a link carries (cb=all)', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?mode=choropleth&cb=all&panel=table`);
    const { page } = a;
    await page.getByTestId('choropleth-legend').waitFor();
    expect(await page.getByTestId('count-basis-all').isChecked()).toBe(true);
    // The legend's top class fits its box (at 260 px "77+" was cut at the edge).
    const [cell, box] = await Promise.all([page.getByTestId('choropleth-legend').locator('[data-class]').last().boundingBox(), page.getByTestId('map-mode').boundingBox()]);
    expect(cell!.x + cell!.width).toBeLessThanOrEqual(box!.x + box!.width);
    await page.locator('[data-tab="districts"]').click();
    const table = page.getByTestId('district-table');
    await table.locator('tbody tr').first().waitFor();
    expect((await page.getByTestId('table-count-head').innerText()).replace(/\s/gu, '')).toBe('合作数（含所属地级与全省市）');
    expect(await page.getByTestId('table-count-basis-all').isChecked()).toBe(true);
    // Rows in the table's order, as [code, count].
    const rowsShown = () => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-code')!, Number(tr.children[1]!.textContent)] as [string, number]));
    const shown = async () => Object.fromEntries(await rowsShown());
    const order = await rowsShown();
    const all = Object.fromEntries(order);
    expect(order).toHaveLength(221);
    // With the province's agreements every district has some: the floor the count map's note names.
    const floor = Number(/(\d+) 项/u.exec(await page.getByTestId('class-floor').innerText())![1]);
    expect(Math.min(...Object.values(all))).toBe(floor);
    const fetchDownload = async (testid: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
      const chunks: Buffer[] = [];
      for await (const c of await d.createReadStream()) chunks.push(c as Buffer);
      return { name: d.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
    };
    // The districts tab's CSV is the district table: one row per district, the counts shown, the basis named.
    expect(await page.getByTestId('export-csv').innerText()).toBe('导出区县 CSV');
    const csv = await fetchDownload('export-csv');
    expect(csv.name).toMatch(/^chengyu-districts-with-prefecture-province-\d{8}-\d{4}\.csv$/);
    const [head, ...lines] = csv.text.slice(1).trim().split('\r\n');
    const cols = head!.split(',');
    expect(cols.slice(0, 5)).toEqual(['code', 'name_zh', 'name_en', 'agreements', 'count_basis']);
    expect(lines.map((l) => [l.split(',')[0], Number(l.split(',')[3])])).toEqual(order);
    expect(new Set(lines.map((l) => l.split(',')[4]))).toEqual(new Set(['all']));
    const geo = JSON.parse((await fetchDownload('export-geojson')).text) as { features: { properties: { layer: string; code?: string; agreements?: number; count_basis?: string } }[] };
    const districts = geo.features.filter((f) => f.properties.layer === 'district');
    expect(Object.fromEntries(districts.map((f) => [f.properties.code!, f.properties.agreements!]))).toEqual(all);
    expect(districts.every((f) => f.properties.count_basis === 'all')).toBe(true);
    // Own only, from the table's switch: the table, the map's switch and the link follow.
    await page.getByTestId('table-count-basis-own').check();
    await expect.poll(() => page.url()).not.toContain('cb=');
    expect(await page.getByTestId('count-basis-own').isChecked()).toBe(true);
    expect((await page.getByTestId('table-count-head').innerText()).replace(/\s/gu, '')).toBe('合作数（仅本区县）');
    const own = await shown();
    expect(own['510116']!).toBeLessThan(all['510116']!);
    expect(Math.min(...Object.values(own))).toBe(0);
    // The agreements tab's CSV is the agreement list again.
    await page.locator('[data-tab="agreements"]').click();
    expect(await page.getByTestId('export-csv').innerText()).toBe('导出 CSV');
    expect((await fetchDownload('export-csv')).name).toMatch(/^chengyu-agreements-\d{8}-\d{4}\.csv$/);
    expect(a.outside).toEqual([]);
    expect(a.errors).toEqual([]);
    await a.close();
  }, 120_000);

  it("in English the table names each party the atlas knows in English, an organisation by its own Chinese name (lang=zh), and sorts by the names shown", async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?lang=en&panel=table&fy=2020-2021&fd=governance`);
    const table = a.page.getByTestId('agreement-table');
    await table.locator('tbody tr').first().waitFor();
    const parties = table.locator('[data-testid="table-parties"]');
    // The provinces' agreement the planner saw as 四川省、重庆市.
    expect(await parties.allInnerTexts()).toContain('Sichuan Province, Chongqing Municipality');
    const cjk = /[\u3400-\u9fff]/u;
    // Nothing Chinese outside a party's own name, and that marked as Chinese.
    const outside = await parties.evaluateAll((els) =>
      els.map((el) => {
        const c = el.cloneNode(true) as HTMLElement;
        c.querySelectorAll('[lang="zh"]').forEach((z) => z.remove());
        return c.textContent ?? '';
      }),
    );
    expect(outside.filter((x) => cjk.test(x))).toEqual([]);
    // Every agreement has them: all rows, any filter.
    const all = await openAtlas(h.browser, `${h.server.url}?lang=en&panel=table`);
    const allParties = all.page.getByTestId('agreement-table').locator('[data-testid="table-parties"]');
    await allParties.first().waitFor();
    const own = await allParties.locator('[lang="zh"]').allInnerTexts();
    expect(own.length).toBeGreaterThan(0);
    for (const name of own) expect(name).toMatch(cjk);
    expect(await allParties.evaluateAll((els) => els.filter((el) => /[\u3400-\u9fff]/u.test([...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''))).length)).toBe(0);
    // Sorting by parties follows the names shown (English first-letter order), not the Chinese ones.
    await all.page.locator('[data-sort="parties"]').click();
    const shown = (await allParties.allInnerTexts()).filter((x) => !cjk.test(x[0]!));
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.map((x) => x[0]!.toUpperCase())).toEqual(shown.map((x) => x[0]!.toUpperCase()).sort());
    // In Chinese the same line reads as before: the atlas's Chinese names.
    await a.page.getByTestId('lang-switch').click();
    expect(await parties.allInnerTexts()).toContain('四川省、重庆市');
    expect(a.errors).toEqual([]);
    expect(all.errors).toEqual([]);
    await a.close();
    await all.close();
  }, 120_000);

  it("on a phone the map image is legible: drawn at its own size, not the phone's, the legend beside the region, inside the image, no label squeezed", async () => {
    // Every text the export draws, with where it starts, how wide it is and any width it was squeezed to.
    const recordDraws = (c: BrowserContext) =>
      c.addInitScript(() => {
        const w = window as unknown as { __draws: { text: string; x: number; y: number; w: number; max: number | null; cw: number; ch: number }[] };
        w.__draws = [];
        const fill = CanvasRenderingContext2D.prototype.fillText;
        CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, max?: number) {
          const align = this.textAlign;
          const width = this.measureText(text).width;
          const left = align === 'center' ? x - width / 2 : align === 'right' || align === 'end' ? x - width : x;
          w.__draws.push({ text, x: left, y, w: width, max: max ?? null, cw: this.canvas.width, ch: this.canvas.height });
          return max === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, max);
        };
      });
    // Two of the modes (the image is drawn at its own size now, so the phone's three cost three large images): the network's legend, and plain's transport only.
    for (const [lang, mode] of [['zh', 'network'], ['en', 'plain']] as const) {
      const a = await openAtlas(h.browser, `${h.server.url}?lang=${lang}&panel=table&mode=${mode}`, { viewport: { width: 390, height: 844 }, touch: true, routes: recordDraws });
      const { page } = a;
      await settle(page);
      await page.evaluate(() => ((window as unknown as { __draws: unknown[] }).__draws = []));
      await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
      type Draw = { text: string; x: number; y: number; w: number; max: number | null; cw: number; ch: number };
      // The export's canvas is as wide as the image's own map (1200 CSS px, not the phone's 390) at twice its pixels (other canvases draw map glyphs).
      const draws = (await page.evaluate(() => (window as unknown as { __draws: Draw[] }).__draws)).filter((d) => d.cw === 2 * 1200);
      // Plain mode draws no agreement: its legend has the transport only.
      const legendLabels = (lang === 'zh' ? ['高速铁路', '已建成', '合作事项'] : ['High-speed rail', 'Open', 'Agreements']).slice(0, mode === 'plain' ? 2 : 3);
      for (const label of legendLabels) expect(draws.map((d) => d.text)).toContain(label);
      for (const d of draws) {
        // Inside the image, and never squeezed narrower than the text is.
        expect(d.x, d.text).toBeGreaterThanOrEqual(0);
        expect(d.x + d.w, d.text).toBeLessThanOrEqual(d.cw + 1);
        if (d.max !== null) expect(d.w, d.text).toBeLessThanOrEqual(d.max + 1);
      }
      // The legend is a box at the map's top right, where the frame leaves room for it beside the region.
      for (const d of draws.filter((x) => legendLabels.includes(x.text))) expect(d.x, d.text).toBeGreaterThan(d.cw * 0.7);
      expect(a.errors).toEqual([]);
      await a.close();
    }
  }, 120_000);

  it('names the selected pair on the map image and explains the arcs; the table opening re-frames the pair', async () => {
    // The network with a pair open, then the table: the pair is named, arcs and the selection explained, both ends in view.
    const net = await openAtlas(h.browser, `${h.server.url}?mode=network&sel=p:500112,510116`, { viewport: { width: 1440, height: 900 }, routes: recordText });
    await settle(net.page);
    const title = await net.page.locator('#pair-title').innerText();
    await net.page.getByTestId('panel-switch').click();
    await net.page.getByTestId('export-png').waitFor();
    await settle(net.page);
    const inView = await net.page.evaluate(() => {
      const m = window.__atlas!.map;
      const c = m.getCanvas();
      return ([[106.798, 29.821], [104.075, 30.399]] as [number, number][]).map((p) => {
        const q = m.project(p);
        return q.x > 0 && q.y > 0 && q.x < c.clientWidth && q.y < c.clientHeight;
      });
    });
    expect(inView).toEqual([true, true]);
    const netTexts = await exportPng(net.page);
    // Named as the pair panel names it (the lines as drawn, a long one wrapped to the image's width, joined again).
    const joined = netTexts.join('').replace(/\s/g, '');
    const named = /画出[^·]*·已选：.*?项合作）/.exec(joined)?.[0];
    expect(named).toMatch(/已选：.*渝北区.*—.*双流区.*（\d+项合作）/);
    expect(named).toContain(title.replace(/\s/g, ''));
    for (const entry of ['伙伴对之间的合作连线，越粗合作越多', '所选伙伴对']) expect(joined).toContain(entry);
    expect(netTexts.some((x) => x.includes('合作网络'))).toBe(true);
    expect(net.errors).toEqual([]);
    await net.close();
  }, 120_000);

  it('sorts undated rows by the year first reported and a new column A→Z first; no column a character wide; a card per row on a phone', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?panel=table`, { viewport: { width: 1440, height: 900 } });
    const { page } = a;
    const table = page.getByTestId('agreement-table');
    await table.waitFor();
    await table.locator('[data-sort="date"]').click();
    expect(await table.locator('th:has([data-sort="date"])').getAttribute('aria-sort')).toBe('ascending');
    const dates = await table.locator('tbody td:first-child').allInnerTexts();
    const undatedYears = dates.map((d) => /（(\d{4}) 年已有报道）/.exec(d)?.[1]).filter((y) => y !== undefined).map(Number);
    expect(undatedYears.length).toBeGreaterThan(2);
    expect(undatedYears).toEqual([...undatedYears].sort((x, y) => x - y));
    await table.locator('[data-sort="parties"]').click();
    expect(await table.locator('th:has([data-sort="parties"])').getAttribute('aria-sort')).toBe('ascending');
    // Every kind on one line, every field name whole on its line (the text laid out in one rect per word).
    const lineCounts = (sel: string) =>
      table.locator(sel).evaluateAll((els) =>
        els.map((el) => {
          const r = document.createRange();
          r.selectNodeContents(el);
          return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
        }),
      );
    expect(Math.max(...(await lineCounts('tbody td:nth-child(2)')))).toBe(1);
    expect(Math.max(...(await lineCounts('tbody td.col-field .nowrap')))).toBe(1);
    // In English too (longer words), and the table fits its panel: nothing runs off the side.
    const fits = () => page.getByTestId('table-panel').evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(await fits()).toBe(true);
    await page.getByTestId('lang-switch').click();
    expect(await fits()).toBe(true);
    expect(Math.max(...(await lineCounts('tbody td:nth-child(2)')))).toBe(1);
    // No two rows read alike in English: a title naming only parties, kind and field shows the item's own name.
    const titleCells = await table.locator('tbody td.col-title').allInnerTexts();
    expect(titleCells.length).toBeGreaterThan(10);
    expect(new Set(titleCells).size).toBe(titleCells.length);
    expect(await table.locator('[data-testid="table-item"]').first().getAttribute('lang')).toBe('zh');
    await page.getByTestId('lang-switch').click();

    await page.setViewportSize({ width: 390, height: 844 });
    const box = await page.getByTestId('table-panel').boundingBox();
    const titles = await table.locator('tbody td:nth-child(4)').evaluateAll((els) => els.slice(0, 10).map((el) => el.getBoundingClientRect().width));
    // The title and parties take the card's whole width, and nothing runs off the side.
    for (const w of titles) expect(w).toBeGreaterThan(box!.width * 0.8);
    expect(await page.getByTestId('table-panel').evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect(Math.max(...(await lineCounts('tbody td:nth-child(2)')))).toBe(1);
    expect(a.errors).toEqual([]);
    await a.close();
  }, 120_000);

  it('says in a feature panel when the slider cannot date a line', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?sel=f:chengyu-hsr&t=2016`);
    const fact = a.page.getByTestId('as-of-status');
    await fact.waitFor();
    expect(await fact.getAttribute('data-basis')).toBe('unknown');
    expect(await fact.innerText()).toContain('2016');
    await a.close();
    const b = await openAtlas(h.browser, `${h.server.url}?sel=f:yukun-hsr-chongqing-yibin&t=2021`);
    expect(await b.page.getByTestId('as-of-status').innerText()).toContain('在建');
    await b.close();
  });
});
