import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAYER, SOURCE } from '../src/map/ids';
import { THEME } from '../src/map/theme';
import { syntheticAgreements } from '../bench/synthetic';
import { clickDistrictLabel, featureState, firstFrame, jumpAndSettle, openAtlas, recordFirstFrame, renderedProps, ROOT, serverAndBrowser, settle, sharedAtlas } from './driver';

const h = serverAndBrowser();

/** Printed line breaks fall mid-sentence: compare quotes without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');
const MEISHAN_QUOTE = '4月17日，大足与四川眉山签署协议，约定在文旅融合领域开展合作。';
const RIVER_QUOTE = '去年12月，大足、荣昌和泸县签订了濑溪河流域长效协调互动协议。';

const card = (page: Page, quote: string) => page.getByTestId('agreement-card').filter({ hasText: quote });

/** The on-screen legend's agreements entries: symbol kind, colour, label. */
const legendAgreements = (page: Page) =>
  page.getByTestId('legend').locator('[data-testid="legend-agreements"] .legend-entry').evaluateAll((els) => els.map((e) => [e.getAttribute('data-kind'), e.getAttribute('data-colour'), (e as HTMLElement).innerText.trim()]));

/** A point on a drawn network arc that lies away from every district label (a click there means the arc). */
async function clickableArcPoint(page: Page): Promise<{ x: number; y: number; a: string; b: string; count: number }> {
  return page.evaluate(
    ([layer]) => {
      const map = window.__atlas!.map;
      const rect = map.getCanvas().getBoundingClientRect();
      const labels = map.queryRenderedFeatures({ layers: ['district-labels'] }).map((f) => map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]));
      // The network layer holds every link and draws those its feature-state shows.
      const arcs = map.queryRenderedFeatures({ layers: [layer!] }).filter((f) => f.state.shown);
      for (const f of arcs) {
        const coords = (f.geometry as GeoJSON.LineString).coordinates;
        for (let i = Math.floor(coords.length / 3); i < (coords.length * 2) / 3; i++) {
          const p = map.project(coords[i] as [number, number]);
          if (p.x < 300 || p.y < 200 || p.x > rect.width - 30 || p.y > rect.height - 40) continue; // clear of the legend and mode switch
          if (labels.some((l) => Math.hypot(l.x - p.x, l.y - p.y) < 14)) continue;
          const near = map.queryRenderedFeatures([p.x, p.y], { layers: [layer!] }).filter((x) => x.state.shown);
          if (near.length !== 1 || near[0]!.id !== f.id) continue;
          return { x: rect.left + p.x, y: rect.top + p.y, a: String(f.properties.a), b: String(f.properties.b), count: Number(f.properties.count) };
        }
      }
      throw new Error(`no clickable arc among ${arcs.length}`);
    },
    [LAYER.agreementNetwork] as const,
  );
}

describe('agreements on the map and in the panels', () => {
  const atlas = sharedAtlas(h);

  it('lists 大足区’s own agreements with their quotes, its partners, and draws them on the map', async () => {
    const { page } = atlas;
    // Nothing drawn, nothing of agreements in the legend.
    expect(await page.getByTestId('legend-agreements').count()).toBe(0);
    await clickDistrictLabel(page);
    const own = page.locator('[data-section="own"]');
    await expect.poll(() => own.getByTestId('agreement-card').filter({ hasText: MEISHAN_QUOTE }).count()).toBe(1);
    expect(await own.getByTestId('agreement-card').filter({ hasText: RIVER_QUOTE }).count()).toBe(1);
    expect(await card(page, MEISHAN_QUOTE).innerText()).toMatch(/文化旅游/);
    const partners = await page.getByTestId('partners').locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')));
    expect(partners).toEqual(expect.arrayContaining(['d:500153', 'd:510521', 'p:511400']));

    await settle(page);
    expect((await featureState(page, SOURCE.districts, '500153')).partner).toBe('district'); // 荣昌
    expect((await featureState(page, SOURCE.districts, '511402')).partner).toBe('area'); // 东坡区, in 眉山市
    const arcs = await renderedProps(page, LAYER.agreementArcs);
    expect(arcs.map((a) => a.id)).toEqual(expect.arrayContaining(['d:500111|d:500153', 'd:500111|p:511400']));
    // Every place is in the layer; only 眉山市's ring is drawn (rendered features repeat across tiles).
    const rings = await renderedProps(page, LAYER.agreementPlaces);
    expect(rings).toContainEqual(expect.objectContaining({ key: 'p:511400', level: 'prefecture' }));
    expect(new Set(rings.map((r) => r.key))).toEqual(new Set(['p:511400']));
    // The on-screen legend explains them, with the exported image's entries in the theme's colours.
    const A = THEME.agreements;
    expect(await legendAgreements(page)).toEqual([
      ['arc', A.arc, '合作连线（连接合作双方）'],
      ['arc', A.arcWide, '浅色连线：一端为地级市或省市（连到其驻地，不是该处区县）'],
      ['fill', A.partner, '合作伙伴（区县）'],
      ['fill', A.partnerArea, '合作伙伴为地级市：其全域'],
      ['ring', A.wideRing, '地级市、省市合作方（画在其驻地）'],
    ]);
  });

  it('opens the quote in the reader: that sentence highlighted and in view, the position in the link', async () => {
    const { page } = atlas;
    await card(page, MEISHAN_QUOTE).getByTestId('open-source').click();
    const reader = page.getByTestId('source-reader');
    await reader.waitFor();
    // Title, newspaper and date on top, from seeds/articles.json; the file is a whole page, so the title is the page's, said so.
    expect(await reader.locator('.reader-head').innerText()).toMatch(/版面：加快现代产业体系建设[\s\S]*重庆日报[\s\S]*2020-05-03[\s\S]*整版，含多篇报道/);
    expect(await reader.getByTestId('whole-page').getAttribute('title')).toContain('同版另有：《川渝开展“千校万岗”线上就业服务》');
    const current = reader.locator('mark[data-current]');
    expect(squash(await current.innerText())).toBe(MEISHAN_QUOTE);
    await expect.poll(() => current.evaluate((m) => {
      const box = m.getBoundingClientRect();
      const view = m.closest('.reader-text')!.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    })).toBe(true);
    // Another agreement of the article is marked and leads to it.
    expect(await reader.locator('mark').count()).toBeGreaterThan(1);
    await expect.poll(() => page.url()).toMatch(/[?&]r=000_805a3a0c2883bed2\.txt@\d+/);
    // Article text stays text.
    expect(await reader.locator('.reader-text script, .reader-text img').count()).toBe(0);
  });

  it('moves the selection to 眉山市 when it is clicked in the card: its first district, with the prefecture’s agreement open', async () => {
    const { page } = atlas;
    await card(page, MEISHAN_QUOTE).first().locator('[data-place="prefecture:511400"]').click();
    await expect.poll(() => page.getByTestId('district-panel').getAttribute('data-code')).toBe('511402');
    const pref = page.locator('[data-section="prefecture"]');
    expect(await pref.getAttribute('open')).not.toBeNull();
    expect(await pref.getByTestId('agreement-card').filter({ hasText: MEISHAN_QUOTE }).count()).toBe(1);
    await settle(page);
    expect((await featureState(page, SOURCE.districts, '511402')).selected).toBe(true);
  });

  it('draws the whole network and opens a pair from a click on an arc', async () => {
    const { page } = atlas;
    await page.getByTestId('source-reader').getByRole('button', { name: '关闭原文' }).click();
    await page.getByTestId('district-panel').getByRole('button', { name: '关闭' }).click();
    await page.getByTestId('map-mode-network').check();
    await expect.poll(() => page.url()).toContain('mode=network');
    await jumpAndSettle(page, [105.5, 30], 6.6);
    const drawn = await renderedProps(page, LAYER.agreementNetwork);
    expect(drawn.length).toBeGreaterThan(3);
    expect(drawn.every((a) => a.kind === 'network')).toBe(true);
    expect(await legendAgreements(page)).toEqual(
      expect.arrayContaining([
        ['arc', THEME.agreements.arcNetwork, '伙伴对之间的合作连线，越粗合作越多'],
        ['arc', THEME.agreements.arcNetworkWide, '浅色连线：一端为地级市或省市（连到其驻地，不是该处区县）'],
        ['ring', THEME.agreements.wideRing, '地级市、省市合作方（画在其驻地）'],
      ]),
    );
    const arc = await clickableArcPoint(page);
    await page.mouse.move(arc.x, arc.y);
    await expect.poll(() => page.locator('.arc-popup').count()).toBe(1);
    expect(await page.locator('.arc-popup').innerText()).toMatch(new RegExp(`—.*${arc.count}`));
    await page.mouse.click(arc.x, arc.y);
    const pair = page.getByTestId('pair-panel');
    await expect.poll(() => pair.getAttribute('data-pair')).toBe(`${arc.a}|${arc.b}`);
    expect(await pair.getByTestId('agreement-card').count()).toBe(arc.count);
    await settle(page);
    expect((await featureState(page, SOURCE.agreementNetwork, `${arc.a}|${arc.b}`)).selected).toBe(true);
    expect(await legendAgreements(page)).toContainEqual(['arc', THEME.agreements.arcSelected, '所选伙伴对']);

    // The pair is in the link: a colleague who opens a copy sees the same pair panel and arc.
    const codes = `${arc.a.split(':')[1]},${arc.b.split(':')[1]}`;
    await atlas.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
    await page.waitForTimeout(400); // past the history throttle
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.locator('.copy-status').innerText()).toContain('已复制');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`sel=p:${codes}`);
    expect(link).toContain('mode=network');
    const copy = await openAtlas(h.browser, link);
    const copied = copy.page.getByTestId('pair-panel');
    await expect.poll(() => copied.getAttribute('data-pair')).toBe(`${arc.a}|${arc.b}`);
    expect(await copied.getByTestId('agreement-card').count()).toBe(arc.count);
    await settle(copy.page);
    expect((await featureState(copy.page, SOURCE.agreementNetwork, `${arc.a}|${arc.b}`)).selected).toBe(true);
    expect(copy.errors).toEqual([]);
    await copy.close();

    // Without a mouse: the busiest links are listed, and Enter opens one.
    await pair.getByRole('button', { name: '关闭' }).click();
    // A link between the districts two new areas are drawn at is named by the new areas that signed
    // (it read 渝北区 — 双流区 for 两江新区 and 天府新区).
    expect(await page.getByTestId('network-panel').locator('button[data-pair="d:500112|d:510116"]').innerText()).toMatch(/^两江新区（渝北区）\s*—\s*四川天府新区（双流区）$/u);
    const first = page.getByTestId('network-panel').locator('button[data-pair]').first();
    const key = await first.getAttribute('data-pair');
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('pair-panel').getAttribute('data-pair')).toBe(key);

    // Back and forward move through pairs as through any selection: closed, then the clicked pair.
    await page.goBack();
    await expect.poll(() => page.getByTestId('network-panel').count()).toBe(1);
    await page.goBack();
    await expect.poll(() => page.getByTestId('pair-panel').getAttribute('data-pair')).toBe(`${arc.a}|${arc.b}`);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => page.getByTestId('pair-panel').getAttribute('data-pair')).toBe(key);
  });

  it('colours every district by its count, with a legend whose classes match the map', async () => {
    const { page } = atlas;
    await page.getByTestId('map-mode-choropleth').check();
    await settle(page);
    const legend = async (): Promise<Record<string, number>> =>
      Object.fromEntries(
        await page.getByTestId('choropleth-legend').locator('[data-class]').evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-class'), Number(c.getAttribute('data-districts'))])),
      );
    const onMap = () =>
      page.evaluate(async (src) => {
        // Every district, also those outside the view: the source's own data, and each one's class state.
        const map = window.__atlas!.map;
        const data = (await (map.getSource(src) as import('maplibre-gl').GeoJSONSource).getData()) as GeoJSON.FeatureCollection;
        const counts: Record<string, number> = {};
        for (const f of data.features) {
          const cls = String(map.getFeatureState({ source: src, id: String(f.properties!.code) }).cls);
          counts[cls] = (counts[cls] ?? 0) + 1;
        }
        return counts;
      }, SOURCE.districts);
    const nonEmpty = (l: Record<string, number>) => Object.fromEntries(Object.entries(l).filter(([, n]) => n > 0));
    const own = await legend();
    expect(Object.values(own).reduce((s, n) => s + n, 0)).toBe(221);
    expect(await onMap()).toEqual(nonEmpty(own));
    expect(own['0']!).toBeLessThan(221);
    // A new area's agreement counts at its main district only: 仁寿 (in 天府新区) no longer takes 天府新区's
    // agreements with 两江新区, which count at 双流 (it was in 双流's 8–15 class through them), and the box says so.
    const cls = (code: string) => page.evaluate(([src, id]) => Number(window.__atlas!.map.getFeatureState({ source: src!, id: id! }).cls), [SOURCE.districts, code]);
    expect(await cls('511421')).toBeLessThan(await cls('510116'));
    expect(await page.getByTestId('count-new-area').innerText()).toContain('新区的合作只计入其主区县');
    await page.getByTestId('count-basis-all').check();
    await settle(page);
    const all = await legend();
    expect(all['0'] ?? 0).toBeLessThan(own['0']!);
    expect(await onMap()).toEqual(nonEmpty(all));
    // Every district shares its province's agreements: the classes step up from that floor, and say
    // so, rather than putting all 221 in the top class in one colour.
    expect(Object.values(all).filter((n) => n > 0).length, JSON.stringify(all)).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('class-floor').innerText()).toMatch(/每个区县都至少有 \d+ 项/u);
  });

  it('reopens a shared agreement (sel=a:) with its panel and its parties on the map; one reported twice shows each report, one uncertain says why', async () => {
    const { page } = atlas;
    await page.getByTestId('map-mode-plain').check();
    await clickDistrictLabel(page);
    await card(page, RIVER_QUOTE).locator('h4 button').click();
    const panel = page.getByTestId('agreement-panel');
    const id = await panel.getAttribute('data-id');
    await expect.poll(() => page.url()).toContain(`sel=a:${id}`);
    expect(await panel.innerText()).toContain('濑溪河');

    const b = await openAtlas(h.browser, page.url());
    await expect.poll(() => b.page.getByTestId('agreement-panel').getAttribute('data-id')).toBe(id);
    await settle(b.page);
    for (const code of ['500111', '500153', '510521']) expect((await featureState(b.page, SOURCE.districts, code)).partner).toBe('district');
    // Rendered features repeat across tiles: count distinct arcs.
    expect(new Set((await renderedProps(b.page, LAYER.agreementArcs)).map((a) => a.id)).size).toBe(3);

    // An agreement reported by two articles shows once, with each report; another says in words why it is uncertain.
    type A = { id: string; reasons?: string[]; sources?: { article: string; span: { start: number } }[] };
    const all = (JSON.parse(readFileSync(join(ROOT, 'geodata/agreements.json'), 'utf8')) as { agreements: A[] }).agreements;
    const twice = all.find((a) => a.sources && new Set(a.sources.map((s) => s.article)).size === 2)!;
    const unsure = all.find((a) => a.reasons?.includes('future') && a.reasons.includes('one-side'))!;
    const go = (query: string) => b.page.evaluate((q) => (history.pushState(null, '', q), dispatchEvent(new PopStateEvent('popstate'))), query);
    await go(`?sel=a:${twice.id}`);
    const reports = b.page.getByTestId('agreement-panel').getByTestId('reports');
    await expect.poll(() => reports.locator('li').count()).toBe(twice.sources!.length);
    expect(await b.page.getByTestId('agreement-panel').innerText()).toContain('见于2篇报道');
    await reports.locator('li').nth(1).getByTestId('open-source').click();
    await expect.poll(() => b.page.url()).toContain(`r=${twice.sources![1]!.article}@${twice.sources![1]!.span.start}`);
    await go(`?lang=en&sel=a:${unsure.id}`);
    await expect.poll(() => b.page.getByTestId('agreement-panel').getByTestId('doubts').innerText()).toContain('only one side speaks of its own plan');
    // Fields listed as English lists them, not with the Chinese 、.
    await go('?lang=en&sel=a:001-mechanism-chengdu-high-tech-zone-chongqing-high-tech');
    await expect.poll(() => b.page.getByTestId('agreement-panel').innerText()).toContain('Finance, Public services');
    expect(b.outside).toEqual([]);
    expect(b.errors).toEqual([]);
    await b.close();
  });

  it('draws a 四川省–重庆市 agreement between the two seats of government (锦江区, 渝中区), ring and arc alike, and says the seat is only the anchor', async () => {
    type F = { properties: { code: string; label: [number, number] } };
    const label = Object.fromEntries((JSON.parse(readFileSync(join(ROOT, 'geodata/districts.geojson'), 'utf8')) as { features: F[] }).features.map((f) => [f.properties.code, f.properties.label]));
    // The shared page, by a link's history entry: a fresh page would cost the suite a load.
    const b = atlas;
    await b.page.getByTestId('map-mode-plain').check();
    await b.page.evaluate(() => (history.pushState(null, '', '?sel=a:000-agreement-cq-finance-sc-finance-finance'), dispatchEvent(new PopStateEvent('popstate'))));
    const panel = b.page.getByTestId('agreement-panel');
    await expect.poll(() => panel.getAttribute('data-id')).toBe('000-agreement-cq-finance-sc-finance-finance');
    // (四川省 is a province, 重庆市 a city: each is named as what it is.)
    expect(squash(await panel.innerText())).toContain(squash('图上标于政府驻地锦江区，代表全省'));
    expect(squash(await panel.innerText())).toContain(squash('图上标于政府驻地渝中区，代表全市'));
    expect(await panel.innerText()).not.toContain('全省市');
    // Its report is on a whole page: the article's title is tagged as the page's.
    expect(await panel.getByTestId('page-tag').innerText()).toContain('整版');
    // Both provinces' seats and 甘孜's edge in view, so every drawn piece is queried.
    await jumpAndSettle(b.page, [104.8, 30.2], 6.5);
    const drawn = await b.page.evaluate(
      ([arcs, rings]) => {
        const map = window.__atlas!.map;
        const coords = map.queryRenderedFeatures({ layers: [arcs!] }).flatMap((f) => (f.geometry as GeoJSON.LineString).coordinates);
        const ring = Object.fromEntries(
          map
            .queryRenderedFeatures({ layers: [rings!] })
            .filter((f) => f.state.shown)
            .map((f) => [String(f.properties.key), (f.geometry as GeoJSON.Point).coordinates]),
        );
        return { lons: coords.map((c) => c[0]!), ring };
      },
      [LAYER.agreementArcs, LAYER.agreementPlaces] as const,
    );
    const [cd, yz] = [label['510104']!, label['500103']!];
    // Tiles quantise rendered coordinates: compare to about a kilometre, far finer than 甘孜 (2° west) is off.
    expect(Math.min(...drawn.lons)).toBeCloseTo(cd[0], 1);
    expect(Math.max(...drawn.lons)).toBeCloseTo(yz[0], 1);
    for (const [key, at] of [['v:510000', cd], ['v:500000', yz]] as const) {
      expect(drawn.ring[key]![0]).toBeCloseTo(at[0], 1);
      expect(drawn.ring[key]![1]).toBeCloseTo(at[1], 1);
    }
    expect(b.errors).toEqual([]);
  });

  it('works from the keyboard: a card opens the reader, a marked agreement opens with Enter', async () => {
    const { page } = atlas;
    await page.getByTestId('agreement-panel').getByTestId('open-source').focus();
    await page.keyboard.press('Enter');
    const reader = page.getByTestId('source-reader');
    await reader.waitFor();
    const other = reader.locator('mark:not([data-current])').first();
    const otherId = await other.getAttribute('data-id');
    await other.focus();
    expect(await other.evaluate((m) => getComputedStyle(m).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('agreement-panel').getAttribute('data-id')).toBe(otherId);
    expect(await reader.locator('mark[data-current]').getAttribute('data-id')).toBe(otherId);
  });
});

/**
 * Each row of a list of titles with a date or count: the title's lines start at its left edge (not
 * centred), and the date or count is one piece beside the title's first line, right of the title.
 */
async function titledRows(page: Page, rows: string, title: string, tag: string) {
  return page.locator(rows).evaluateAll(
    (lis, [titleSel, tagSel]) =>
      lis.map((li) => {
        const t = li.querySelector(titleSel!)!;
        const d = li.querySelector(tagSel!)!;
        const box = t.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(t);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0);
        const tags = [...d.getClientRects()];
        const first = lines[0]!;
        return {
          text: (t as HTMLElement).innerText.slice(0, 20),
          wrapped: new Set(lines.map((r) => Math.round(r.top))).size > 1,
          linesFromLeft: lines.every((r) => Math.abs(r.left - box.left) < 2),
          tagWhole: tags.length === 1,
          tagBeside: tags[0]!.left >= Math.max(...lines.map((r) => r.right)) - 1 && Math.abs(tags[0]!.top + tags[0]!.height / 2 - (first.top + first.height / 2)) < first.height / 2 + 2,
        };
      }),
    [title, tag],
  );
}

describe('lists of titles with their dates or counts', () => {
  it('keeps a wrapped title on the left with its date whole beside it: other agreements of the article, the network list on a phone, the search’s agreements', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?sel=a:000-agreement-dazu-meishan-tourism-culture`, { viewport: { width: 1440, height: 900 } });
    await a.page.getByTestId('agreement-panel').waitFor();
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') await a.page.getByTestId('lang-switch').click();
      const rows = await titledRows(a.page, '[data-testid="agreement-panel"] .others li', 'button', '.date');
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.some((r) => r.wrapped), lang).toBe(true);
      for (const r of rows) expect(r, lang).toMatchObject({ linesFromLeft: true, tagWhole: true, tagBeside: true });
      // The search's agreement results: "2019-12" stays whole beside its title.
      await a.page.getByTestId('search-input').fill(lang === 'zh' ? '大足' : 'Dazu');
      await expect.poll(() => a.page.locator('[data-testid="agreement-results"] .date').count()).toBeGreaterThan(2);
      const hits = await titledRows(a.page, '[data-testid="agreement-results"] li:has(.date)', '.name', '.date');
      expect(hits.some((r) => r.wrapped), lang).toBe(true);
      for (const r of hits) expect(r, lang).toMatchObject({ linesFromLeft: true, tagWhole: true, tagBeside: true });
      await a.page.getByTestId('search-input').fill('');
    }
    await a.close();
    const phone = await openAtlas(h.browser, `${h.server.url}?mode=network&lang=en`, { viewport: { width: 390, height: 844 } });
    await phone.page.getByTestId('network-panel').waitFor();
    const links = await titledRows(phone.page, '.network-list li', 'button', '.count-badge');
    expect(links.some((r) => r.wrapped)).toBe(true);
    for (const r of links) expect(r).toMatchObject({ linesFromLeft: true, tagWhole: true, tagBeside: true });
    expect(phone.errors).toEqual([]);
    await phone.close();
  });
});

/** Whether the agreement panel's heading is inside the side pane's visible part, and whether it has the focus. */
async function openedPanelShown(page: Page) {
  const heading = page.getByTestId('agreement-panel').locator('h2');
  await heading.waitFor();
  // The pane is brought to the panel in the frames after the pick.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return heading.evaluate((h) => {
    const side = h.closest('aside')!.getBoundingClientRect();
    const r = h.getBoundingClientRect();
    return { inView: r.top >= side.top - 1 && r.bottom <= side.bottom + 1 && r.top < window.innerHeight, focused: document.activeElement === h };
  });
}

describe('an agreement opened from a card low in a long district panel', () => {
  it('shows the agreement panel from its top with its heading focused, by mouse on a desktop and by keyboard on a phone', async () => {
    const { page, close, errors } = await openAtlas(h.browser, `${h.server.url}?sel=d:500112`, { viewport: { width: 1440, height: 900 } });
    for (const keyboard of [false, true]) {
      // The phone's width on the same page (one page load less): back to the district, the pane as narrow as a phone's.
      if (keyboard) {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goBack();
      }
      const titles = page.getByTestId('district-panel').getByTestId('agreement-card').locator('h4 button');
      await expect.poll(() => titles.count()).toBeGreaterThan(8);
      const last = titles.last();
      await last.scrollIntoViewIfNeeded();
      if (keyboard) {
        await last.focus();
        await page.keyboard.press('Enter');
      } else await last.click();
      expect(await openedPanelShown(page), keyboard ? 'phone, keyboard' : 'desktop, mouse').toEqual({ inView: true, focused: true });
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe('clicking a network arc where several run close', () => {
  it('opens the pair the pointer is on, the one its tooltip names, not a thinner arc a few pixels away', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?mode=network&c=105.5,30,6.6`, { viewport: { width: 1440, height: 900 }, routes: recordFirstFrame });
    // A link in network mode has the network in its first frame (the layers a plain home view defers are there from the start).
    const first = await firstFrame(a.page);
    expect(first.visibility[LAYER.agreementNetwork]).toBe('visible');
    expect(first.shown[LAYER.agreementNetwork]).toBeGreaterThan(3);
    await settle(a.page);
    // A point on the busiest arc where another drawn arc lies within the click's 5 px slack and
    // comes first in that box: where a box-first pick opened the wrong pair.
    const spot = await a.page.evaluate((layer) => {
      const map = window.__atlas!.map;
      const rect = map.getCanvas().getBoundingClientRect();
      const shown = (where: Parameters<typeof map.queryRenderedFeatures>[0]) => map.queryRenderedFeatures(where, { layers: [layer] }).filter((f) => f.state.shown);
      const arcs = shown(undefined as never);
      const busiest = arcs.reduce((m, f) => (Number(f.properties.count) > Number(m.properties.count) ? f : m));
      for (const f of arcs.filter((x) => x.id === busiest.id)) {
        for (const c of (f.geometry as GeoJSON.LineString).coordinates) {
          const p = map.project(c as [number, number]);
          if (p.x < 320 || p.y < 160 || p.x > rect.width - 260 || p.y > rect.height - 60) continue; // clear of the controls and legend
          const at = shown([p.x, p.y]);
          const box = shown([[p.x - 5, p.y - 5], [p.x + 5, p.y + 5]]);
          if (at[0]?.id === busiest.id && box[0]?.id !== busiest.id) return { x: rect.left + p.x, y: rect.top + p.y, id: String(busiest.id) };
        }
      }
      return null;
    }, LAYER.agreementNetwork);
    expect(spot, 'a point on the busiest arc with a thinner one first in the click box').not.toBeNull();
    await a.page.mouse.move(spot!.x, spot!.y);
    await expect.poll(() => a.page.locator('.arc-popup').count()).toBe(1);
    await a.page.mouse.click(spot!.x, spot!.y);
    await expect.poll(() => a.page.getByTestId('pair-panel').getAttribute('data-pair')).toBe(spot!.id);
    await a.close();
  });
});

describe('a district in a new area', () => {
  it('lists the other new area once, at its main district, marked and counted as via a new area', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?sel=d:500112`);
    const partners = a.page.getByTestId('partners');
    await partners.locator('li[data-key="d:510116"]').waitFor();
    const keys = await partners.locator('li[data-key]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')));
    // 天府新区's other districts (仁寿, 简阳, 彭山) were each listed with 11 agreements through it.
    for (const k of ['d:511421', 'd:510185', 'd:511403']) expect(keys).not.toContain(k);
    // 渝北区 signs these as 两江新区's main district: the badge names its new area.
    expect(await partners.locator('li[data-key="d:510116"] .count-badge.via').innerText()).toMatch(/^经由两江新区 \d+ 项$/u);
    expect(await a.page.getByTestId('district-agreements').innerText()).toContain('“经由新区”的合作由新区签署');
    await a.close();
  });
});

describe('the network with a district selected', () => {
  it('on a touch screen asks to close the panel without naming a key it has not got', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?mode=network&sel=d:500111`, { viewport: { width: 390, height: 844 }, touch: true });
    const hint = a.page.getByTestId('network-hint');
    await expect.poll(() => hint.innerText()).toContain('关闭面板即可看全部网络');
    expect(await hint.innerText()).not.toContain('Esc');
    await a.close();
  });

  it('says the network is folded to the district’s links while it is selected, and shows it all again after Escape', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?mode=network&sel=d:500111`);
    const hint = a.page.getByTestId('network-hint');
    await expect.poll(() => hint.innerText()).toContain('关闭面板（Esc）');
    await settle(a.page);
    expect(await renderedProps(a.page, LAYER.agreementNetwork)).toEqual([]);
    await a.page.keyboard.press('Escape');
    await expect.poll(() => hint.innerText()).toContain('点击弧线查看双方的合作');
    await settle(a.page);
    expect((await renderedProps(a.page, LAYER.agreementNetwork)).length).toBeGreaterThan(3);
    await a.close();
  });
});

describe('framing a district with its partners', () => {
  it('frames 大足区 again when its quote opens the reader and the map narrows: in view, clear of the legend', async () => {
    // The camera west of 大足, as after framing it with its partners: the map narrows from the left, keeping its centre.
    const a = await openAtlas(h.browser, `${h.server.url}?sel=d:500111&c=105.0,29.7,8`, { viewport: { width: 1440, height: 900 } });
    const page = a.page;
    await settle(page);
    await card(page, MEISHAN_QUOTE).getByTestId('open-source').click();
    await page.getByTestId('source-reader').waitFor();
    const dazu = (JSON.parse(readFileSync(join(ROOT, 'geodata/districts.geojson'), 'utf8')) as GeoJSON.FeatureCollection).features.find((f) => f.properties!.code === '500111')!.properties!.label as [number, number];
    // Past the resize and any camera move it causes (settle waits for the map to be idle).
    await page.waitForTimeout(300);
    await settle(page);
    expect(await page.evaluate((p) => {
      const map = window.__atlas!.map;
      const canvas = map.getCanvas().getBoundingClientRect();
      const at = map.project(p);
      const [x, y] = [canvas.left + at.x, canvas.top + at.y];
      const legend = document.querySelector('.legend')!.getBoundingClientRect();
      const inMap = x > canvas.left && x < canvas.right && y > canvas.top && y < canvas.bottom;
      const underLegend = x >= legend.left && x <= legend.right && y >= legend.top && y <= legend.bottom;
      return inMap && !underLegend;
    }, dazu)).toBe(true);
    await a.close();
  });

  it('zooms out from 大足区 to show every partner when asked, 眉山市 and 泸县 included', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?sel=d:500111&c=105.75,29.65,9.4`, { viewport: { width: 1440, height: 900 } });
    await settle(a.page);
    const read = (f: string) => JSON.parse(readFileSync(join(ROOT, 'geodata', f), 'utf8'));
    const meishan = read('admin-labels.geojson').features.find((f: GeoJSON.Feature) => f.properties!.code === '511400').geometry.coordinates as [number, number];
    const luxian = read('districts.geojson').features.find((f: GeoJSON.Feature) => f.properties!.code === '510521').properties.label as [number, number];
    const inView = (p: [number, number]) => a.page.evaluate(([x, y]) => window.__atlas!.map.getBounds().contains([x!, y!]), p);
    expect(await inView(meishan)).toBe(false);
    await a.page.getByTestId('frame-partners').click();
    await expect.poll(() => inView(meishan), { timeout: 10_000 }).toBe(true);
    expect(await inView(luxian)).toBe(true);
    // Still the same district: framing is a view, not a selection.
    expect(await a.page.getByTestId('district-panel').getAttribute('data-code')).toBe('500111');
    await a.close();
  });
});

describe('the source reader with hostile article text', () => {
  it('shows markup in an article as text: no element made from it, no script run', async () => {
    const hostile = '成渝合作<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>大足与眉山签署协议。';
    const a = await openAtlas(h.browser, `${h.server.url}?r=000_805a3a0c2883bed2.txt@0`, {
      routes: (c) => c.route('**/assets/000_805a3a0c2883bed2-*.txt', (r) => r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: hostile })),
    });
    const reader = a.page.getByTestId('source-reader');
    await reader.waitFor();
    expect(await reader.locator('.reader-text').innerText()).toContain('<img src=x onerror=');
    expect(await reader.locator('.reader-text img, .reader-text script').count()).toBe(0);
    expect(await a.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(a.outside).toEqual([]);
    await a.close();
  });
});

describe('a district with a hundred times today’s agreements', () => {
  it('fills its panel to twenty cards and two dozen partners, and the table to fifty rows, each with a button for more, which adds them', async () => {
    const body = syntheticAgreements(100);
    const a = await openAtlas(h.browser, `${h.server.url}?sel=d:500111`, {
      routes: (c) => c.route('**/assets/agreements-*.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body })),
    });
    try {
      const { page } = a;
      const own = page.locator('[data-section="own"]');
      const cards = own.getByTestId('agreement-card');
      // The first screenful comes with the panel, the rest a frame later: twenty in all, then a button.
      await expect.poll(() => cards.count()).toBe(20);
      const more = own.getByTestId('more-cards');
      await more.waitFor();
      const total = Number((await page.locator('#agreements-title').innerText()).match(/\((\d+)\)/)![1]);
      expect(total).toBeGreaterThan(40);
      await more.click();
      await expect.poll(() => cards.count()).toBe(Math.min(120, total));

      const chips = page.getByTestId('partners').locator('li[data-key]');
      await expect.poll(() => chips.count()).toBe(24);
      const morePartners = page.getByTestId('more-partners');
      const rest = Number((await morePartners.innerText()).match(/\d+/)![0]);
      expect(rest).toBeGreaterThan(0);
      await morePartners.click();
      await expect.poll(() => chips.count()).toBe(24 + rest);

      // The table: fifty rows at first, fifty more per click, the count always of all.
      await page.getByTestId('panel-switch').click();
      const rows = page.locator('[data-testid="agreement-table"] tbody tr');
      await expect.poll(() => rows.count()).toBe(50);
      await page.getByTestId('table-more').click();
      await expect.poll(() => rows.count()).toBe(100);
      expect(a.errors).toEqual([]);
    } finally {
      await a.close();
    }
  });
});
