import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { jumpAndSettle, clickMapAt, serverAndBrowser, sharedAtlas, shownTransport } from './driver';

const h = serverAndBrowser();
const atlas = sharedAtlas(h);

/**
 * A point on the 成渝中线 line: halfway between its 铜梁 and 大足石刻 stations, consecutive on the
 * line. Neither has a real position yet, so the line runs through their districts' anchors, its
 * third and fourth vertices (after 重庆北 and 重庆科学城).
 */
const lineCoords = (id: string) =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '../geodata/transport/rail.geojson'), 'utf8')) as FeatureCollection<LineString, { id: string }>).features.find(
    (f) => f.properties.id === id,
  )!.geometry.coordinates;

function pointOnZhongxian(): [number, number] {
  const c = lineCoords('chengyu-zhongxian-hsr');
  return [(c[2]![0]! + c[3]![0]!) / 2, (c[2]![1]! + c[3]![1]!) / 2];
}

describe('transport layers', () => {
  it('draws the rail lines by status, with a legend', async () => {
    await jumpAndSettle(atlas.page, [105.4, 29.8], 7.5);
    const drawn = await atlas.page.evaluate(() => {
      const m = window.__atlas!.map;
      return {
        open: m.queryRenderedFeatures({ layers: ['transport-open'] }).map((f) => f.properties.id),
        building: m.queryRenderedFeatures({ layers: ['transport-under-construction'] }).map((f) => f.properties.id),
      };
    });
    expect(drawn.building).toContain('chengyu-zhongxian-hsr');
    expect(drawn.open).toContain('chengyu-hsr');
    expect(drawn.open).not.toContain('chengyu-zhongxian-hsr');
    await expect.poll(() => atlas.page.getByTestId('legend').innerText()).toContain('在建');
  });

  it('opens 成渝中线高铁 when clicked, listing 大足区 among the districts it crosses', async () => {
    await clickMapAt(atlas.page, pointOnZhongxian());
    const panel = atlas.page.getByTestId('feature-panel');
    await expect.poll(() => panel.getAttribute('data-id')).toBe('chengyu-zhongxian-hsr');
    const crossed = await atlas.page.getByTestId('districts-crossed').innerText();
    expect(crossed).toContain('大足区');
    expect(crossed).toContain('安岳县');
    const text = await panel.innerText();
    expect(text).toContain('292');
    expect(text).toContain('2022-11-28');
    expect(text).toContain('经各站连线');
    expect(await atlas.page.getByTestId('crossing-caveat').innerText()).toContain('仅供参考');
    // Its new stations have no position yet: listed, with the line drawn through their districts.
    expect(text).toContain('位置未知，线路经该区县中心绘出');
  });

  it('moves to a district from the panel', async () => {
    await atlas.page.getByTestId('districts-crossed').getByRole('button', { name: '大足区' }).click();
    await expect.poll(() => atlas.page.getByTestId('district-panel').getAttribute('data-code')).toBe('500111');
    expect(await atlas.page.getByTestId('feature-panel').count()).toBe(0);
  });

  it('hides high-speed rail when its toggle is switched off, so it cannot be clicked either, and shows it again', async () => {
    const count = async () => (await shownTransport(atlas.page, ['transport-open', 'transport-under-construction'])).filter((f) => f.mode === 'hsr').length;
    const others = async () => (await shownTransport(atlas.page, ['transport-open', 'transport-under-construction'])).filter((f) => f.mode !== 'hsr').length;
    await jumpAndSettle(atlas.page, [105.4, 29.8], 7.5);
    expect(await count()).toBeGreaterThan(0);
    const before = await others();
    await atlas.page.getByTestId('layer-toggle-hsr').uncheck();
    await expect.poll(count).toBe(0);
    expect(await others()).toBe(before);
    // Where 成渝中线 runs (G5013 runs close by: hide it too), a click now means the district under it.
    await atlas.page.getByTestId('layer-toggle-expressway').uncheck();
    const at = pointOnZhongxian();
    const under = await atlas.page.evaluate((p) => String(window.__atlas!.map.queryRenderedFeatures(window.__atlas!.map.project(p), { layers: ['districts-fill'] })[0]!.id), at);
    // So that the click is seen to change the selection, start from another district.
    const other = under === '500151' ? '500111' : '500151';
    await atlas.page.getByTestId('district-panel').getByRole('button', { name: other === '500151' ? '铜梁区' : '大足区' }).click();
    await expect.poll(() => atlas.page.getByTestId('district-panel').getAttribute('data-code')).toBe(other);
    await jumpAndSettle(atlas.page, [105.4, 29.8], 7.5);
    await clickMapAt(atlas.page, at);
    await expect.poll(() => atlas.page.getByTestId('district-panel').getAttribute('data-code')).toBe(under);
    expect(await atlas.page.getByTestId('feature-panel').count()).toBe(0);
    await atlas.page.getByTestId('layer-toggle-expressway').check();
    await atlas.page.getByTestId('layer-toggle-hsr').check();
    await expect.poll(count).toBeGreaterThan(0);
  });

  it('opens a port from its dot on the map, with its sources', async () => {
    const where = await atlas.page.evaluate(
      () => (window.__atlas!.map.querySourceFeatures('transport-points').find((f) => f.properties.id === 'guoyuan-port')!.geometry as unknown as { coordinates: [number, number] }).coordinates,
    );
    await jumpAndSettle(atlas.page, [where[0] + 0.05, where[1] + 0.03], 10.5);
    await clickMapAt(atlas.page, where);
    const panel = atlas.page.getByTestId('feature-panel');
    await expect.poll(() => panel.getAttribute('data-id')).toBe('guoyuan-port');
    const text = await panel.innerText();
    expect(text).toContain('果园港');
    expect(text).toContain('2013-12-05');
    expect(await panel.locator('.sources a').count()).toBeGreaterThan(0);
  });

  it('hides lines under construction when that status is switched off', async () => {
    const building = async () => (await shownTransport(atlas.page, ['transport-under-construction'])).length;
    await jumpAndSettle(atlas.page, [105.4, 29.8], 7.5);
    expect(await building()).toBeGreaterThan(0);
    await atlas.page.getByTestId('status-toggle-under-construction').uncheck();
    await expect.poll(building).toBe(0);
    await atlas.page.getByTestId('status-toggle-under-construction').check();
  });

  it('says in words that a traced line follows OpenStreetMap, gives no caveat on its districts, and credits OpenStreetMap on the map', async () => {
    const c = lineCoords('chengyu-hsr');
    const at = c[Math.floor(c.length / 2)]! as [number, number];
    await jumpAndSettle(atlas.page, at, 10);
    await clickMapAt(atlas.page, at);
    const panel = atlas.page.getByTestId('feature-panel');
    await expect.poll(() => panel.getAttribute('data-id')).toBe('chengyu-hsr');
    expect(await atlas.page.getByTestId('accuracy').innerText()).toBe('按 OpenStreetMap 轨道描绘');
    expect(await atlas.page.getByTestId('crossing-caveat').count()).toBe(0);
    expect(await panel.locator('.sources a[href="https://www.openstreetmap.org/copyright"]').count()).toBe(1);
    expect(await atlas.page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('© OpenStreetMap contributors');
    expect(await atlas.page.getByTestId('trust-key').innerText()).toContain('按实际轨道');
  });
});
