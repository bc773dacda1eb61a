import { describe, expect, it } from 'vitest';
import { SOURCE } from '../src/map/ids';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clickDistrictLabel, featureState, jumpAndSettle, openAtlas, serverAndBrowser, settle, shownTransport } from './driver';

const h = serverAndBrowser();

const camera = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const m = window.__atlas!.map;
    return { lng: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
  });

describe('share links', () => {
  it('reopens exactly the view a colleague copied: panel, layers, language and camera', async () => {
    const a = await openAtlas(h.browser, h.server.url);
    await a.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
    await jumpAndSettle(a.page, [105.9, 29.75], 8.2);
    await clickDistrictLabel(a.page);
    await a.page.getByTestId('layer-toggle-rail').uncheck();
    await a.page.getByTestId('lang-switch').click();
    await a.page.waitForTimeout(400); // past the history throttle
    await a.page.getByTestId('copy-link').click();
    await expect.poll(() => a.page.locator('.copy-status').innerText()).toContain('Copied');
    const link = await a.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(a.page.url());
    expect(link).toContain('sel=d:500111');
    expect(link).toContain('hm=rail');
    expect(link).toContain('lang=en');
    const before = await camera(a.page);
    expect(a.outside).toEqual([]);
    expect(a.errors).toEqual([]);
    await a.close();

    const b = await openAtlas(h.browser, link);
    await expect.poll(() => b.page.getByTestId('district-panel').getAttribute('data-code')).toBe('500111');
    expect(await b.page.getByTestId('layer-toggle-rail').isChecked()).toBe(false);
    expect(await b.page.getByTestId('layer-toggle-hsr').isChecked()).toBe(true);
    expect(await b.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await b.page.getByTestId('district-panel').innerText()).toContain('Neighbouring districts');
    const after = await camera(b.page);
    expect(Math.abs(after.lng - before.lng)).toBeLessThan(1e-3);
    expect(Math.abs(after.lat - before.lat)).toBeLessThan(1e-3);
    expect(Math.abs(after.zoom - before.zoom)).toBeLessThan(0.01);
    const shown = await shownTransport(b.page, ['transport-open']);
    expect(shown.filter((f) => f.mode === 'rail')).toEqual([]);
    expect(shown.filter((f) => f.mode === 'hsr').length).toBeGreaterThan(0);
    expect(b.errors).toEqual([]);
    await b.close();
  });

  it('shows the linked selection and hidden layers on the map also when the map is ready before the data', async () => {
    // The data files arrive late, so the map has loaded its empty style long before: the order that
    // once lost the selection and the legend state in about one load in five.
    const late = (c: import('playwright-core').BrowserContext) =>
      c.route('**/assets/*.geojson', async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
    const a = await openAtlas(h.browser, `${h.server.url}?sel=d:500111&hm=rail&c=105.8,29.7,8`, { routes: late });
    await expect.poll(() => a.page.getByTestId('district-panel').getAttribute('data-code')).toBe('500111');
    const state = await a.page.evaluate(() => window.__atlas!.map.getFeatureState({ source: 'districts', id: '500111' }));
    expect(state).toEqual({ selected: true });
    const shown = await shownTransport(a.page, ['transport-open']);
    expect(shown.filter((f) => f.mode === 'rail')).toEqual([]);
    expect(shown.filter((f) => f.mode === 'hsr').length).toBeGreaterThan(0);
    expect(a.errors).toEqual([]);
    await a.close();
  });

  it('moves back and forward through selections', async () => {
    const a = await openAtlas(h.browser, h.server.url);
    await clickDistrictLabel(a.page);
    await a.page.getByTestId('district-panel').getByRole('button', { name: '安岳县' }).click();
    await expect.poll(() => a.page.getByTestId('district-panel').getAttribute('data-code')).toBe('512021');
    await a.page.goBack();
    await expect.poll(() => a.page.getByTestId('district-panel').getAttribute('data-code')).toBe('500111');
    await a.page.goForward();
    await expect.poll(() => a.page.getByTestId('district-panel').getAttribute('data-code')).toBe('512021');
    await a.page.goBack();
    await a.page.goBack();
    await expect.poll(() => a.page.getByTestId('district-panel').count()).toBe(0);
    expect(a.errors).toEqual([]);
    await a.close();
  });

  it('opens a transport feature from its link', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?v=1&sel=f:chengyu-zhongxian-hsr`);
    await expect.poll(() => a.page.getByTestId('feature-panel').getAttribute('data-id')).toBe('chengyu-zhongxian-hsr');
    expect(await a.page.getByTestId('districts-crossed').innerText()).toContain('大足区');
    await a.close();
  });

  it('keeps the valid items of a list (hm=foo,rail hides rail) and says so in plain Chinese', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?hm=foo,rail&c=abc`);
    expect(await a.page.getByTestId('layer-toggle-rail').isChecked()).toBe(false);
    expect(await a.page.getByTestId('layer-toggle-hsr').isChecked()).toBe(true);
    const text = await a.page.getByTestId('link-notice').innerText();
    expect(text).toContain('地图位置无效，已使用默认视图');
    expect(text).toContain('隐藏的交通类型中有无法识别的项，已忽略，其余已应用');
    expect(a.outside).toEqual([]);
    await a.close();
  });

  it('loads a hostile link, keeps its valid parts and says briefly what it dropped', async () => {
    const hostile =
      `${h.server.url}?lang=en&lang=zh&sel=d:999999&hm=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E` +
      `&c=abc&fy=3000&x=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&pad=${'A'.repeat(100_000)}&hs=planned`;
    const a = await openAtlas(h.browser, hostile);
    const notice = a.page.getByTestId('link-notice');
    await expect.poll(() => notice.innerText()).toContain('Part of this link could not be applied');
    const text = await notice.innerText();
    // Plain words, no parameter codes, and nothing of the link's markup echoed.
    expect(text).toContain('The selected district, new area, project or pair of places is not in the data; nothing is selected');
    expect(text).toContain('The list of hidden transport types is not valid');
    expect(text).toContain('The language appeared twice; the first was used');
    expect(text).toContain('The map position is not valid; the default view is shown');
    expect(text).not.toMatch(/<|script|img|\b(sel|hm|lang|c|x):/);
    expect(await a.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await a.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await a.page.getByTestId('district-panel').count()).toBe(0);
    expect(a.errors).toEqual([]);
    expect(a.outside).toEqual([]);
    await a.close();
  });
});

describe('a new area as a place of its own', () => {
  it('is found by the search, opens its own panel, is outlined on the map and goes into the link; an unknown one is reported', async () => {
    const a = await openAtlas(h.browser, h.server.url);
    await a.page.getByTestId('search-input').fill('两江新区');
    const hit = a.page.locator('[data-testid="new-area-results"] [role="option"][data-id="liangjiang"]');
    expect(await hit.innerText()).toContain('新区');
    expect(await hit.innerText()).toContain('渝北区');
    // Not "no match" while the new area is listed.
    expect(await a.page.locator('#search-results').innerText()).not.toContain('没有找到匹配的区县');
    await hit.click();
    const panel = a.page.getByTestId('new-area-panel');
    await expect.poll(() => panel.getAttribute('data-id')).toBe('liangjiang');
    const text = await panel.innerText();
    expect(text).toContain('Liǎngjiāng Xīnqū');
    expect(text).toContain('Liangjiang New Area');
    expect(text).toContain('国函〔2010〕36号');
    expect(await panel.locator('[data-testid="new-area-main"]').innerText()).toContain('渝北区');
    expect(await panel.locator('[data-testid="new-area-others"]').innerText()).toMatch(/江北区[\s\S]*北碚区/);
    expect(await panel.locator('[data-testid="agreement-card"]').count()).toBeGreaterThan(5);
    // 天府新区 at 双流区: named by the new area, a link to its panel, with the district it is drawn at.
    const tianfu = panel.locator('[data-testid="partners"] li[data-key="d:510116"]');
    expect(await tianfu.innerText()).toMatch(/四川天府新区（双流区）/);
    expect(await tianfu.locator('[data-new-area="tianfu"]').count()).toBe(1);
    for (const code of ['500112', '500105', '500109']) await expect.poll(() => featureState(a.page, SOURCE.districts, code).then((s) => s.selected)).toBe(true);
    await expect.poll(() => a.page.url()).toContain('sel=n:liangjiang');
    await a.page.getByTestId('lang-switch').click();
    await expect.poll(() => panel.locator('h2').innerText()).toBe('Liangjiang New Area');
    expect(await panel.innerText()).toContain('两江新区');
    await a.page.getByTestId('search-input').fill('Tianfu');
    expect(await a.page.locator('[data-testid="new-area-results"] [data-id="tianfu"]').innerText()).toContain('Sichuan Tianfu New Area');
    // A link reopens it; one to a new area the atlas lacks says so in plain words.
    await a.page.goto(`${h.server.url}?sel=n:tianfu&lang=en`);
    await expect.poll(() => panel.getAttribute('data-id')).toBe('tianfu');
    await a.page.goto(`${h.server.url}?sel=n:nowhere`);
    await expect.poll(() => a.page.getByTestId('link-notice').innerText()).toContain('选中的区县、新区、项目或两地合作不在数据中');
    expect(await panel.count()).toBe(0);
    expect(a.errors).toEqual([]);
    expect(a.outside).toEqual([]);
    await a.close();
  });

  it('frames a new area with every partner when asked: 两江新区 opens at 渝北区 and 天府新区 (双流区) is off the screen', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?sel=n:liangjiang&c=106.8,29.85,9.5`, { viewport: { width: 1440, height: 900 } });
    await settle(a.page);
    const shuangliu = JSON.parse(readFileSync(join(process.cwd(), 'geodata', 'districts.geojson'), 'utf8')).features.find((f: GeoJSON.Feature) => f.properties!.code === '510116').properties.label as [number, number];
    const inView = (p: [number, number]) => a.page.evaluate(([x, y]) => window.__atlas!.map.getBounds().contains([x!, y!]), p);
    expect(await inView(shuangliu)).toBe(false);
    const panel = a.page.getByTestId('new-area-panel');
    await panel.getByTestId('frame-partners').click();
    await expect.poll(() => inView(shuangliu), { timeout: 10_000 }).toBe(true);
    // 北碚区, one of its own districts, is in the frame too; the panel is still the new area's.
    const beibei = await a.page.evaluate(() => window.__atlas!.map.getBounds().contains([106.4, 29.83]));
    expect(beibei).toBe(true);
    expect(await panel.getAttribute('data-id')).toBe('liangjiang');
    expect(a.outside).toEqual([]);
    await a.close();
  });

  it('says in a district panel which new area each agreement came through, and names a partner by who signed there', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?sel=d:510116`);
    const note = a.page.getByTestId('own-via-note');
    await expect.poll(() => note.innerText()).toMatch(/^13 项全部经由新区签署/);
    expect(await note.innerText()).toContain('四川天府新区 10 项');
    expect(await note.innerText()).toContain('成都高新区 1 项（武侯区）');
    await a.page.goto(`${h.server.url}?sel=d:500112`);
    const partners = a.page.getByTestId('partners');
    await expect.poll(() => partners.locator('li[data-key="d:510116"]').innerText()).toMatch(/^四川天府新区（双流区） 经由两江新区 10 项/);
    expect(await partners.locator('li[data-key="d:510116"] [data-new-area="tianfu"]').count()).toBe(1);
    expect(await partners.locator('li[data-key="d:500105"]').innerText()).toMatch(/^果园港（江北区） 经由两江新区 3 项/);
    expect(await partners.locator('li[data-key="d:511623"]').innerText()).toContain('川渝高竹新区（邻水县部分）');
    await a.page.goto(`${h.server.url}?sel=d:510116&lang=en`);
    await expect.poll(() => note.innerText()).toMatch(/^All 13 signed through a new area/);
    expect(await note.innerText()).toContain('Chengdu Hi-tech Zone 1 (Wuhou District)');
    await a.page.goto(`${h.server.url}?sel=d:500112&lang=en`);
    await expect.poll(() => partners.locator('li[data-key="d:511623"]').innerText()).toContain('Sichuan-Chongqing Gaozhu New Area (Linshui County part)');
    // A port that signed is named in English as the map's hub and the cards' titles name it.
    expect(await partners.locator('li[data-key="d:500105"]').innerText()).toMatch(/^Guoyuan Port \(Jiangbei District\)/);
    await a.page.goto(`${h.server.url}?mode=network&lang=en`);
    const ranking = a.page.getByTestId('network-panel');
    await expect.poll(() => ranking.locator('.network-list').innerText()).toContain('Guoyuan Port');
    expect(await ranking.locator('.network-list').innerText()).not.toContain('果园港');
    // On the cards too: the port by its English name, a new area's districts joined the English way.
    await a.page.goto(`${h.server.url}?sel=d:500105&lang=en`);
    const cards = a.page.getByTestId('district-panel').getByTestId('agreement-card');
    await expect.poll(() => cards.filter({ hasText: 'Guoyuan Port (Jiangbei District)' }).count()).toBeGreaterThan(0);
    const all = (await cards.locator('ul.parties').allInnerTexts()).join('\n');
    expect(all).not.toContain('果园港');
    expect(all).toContain('Liangjiang New Area (Yubei District, Jiangbei District, Beibei District)');
    expect(all).not.toMatch(/District\s*、/u);
    expect(a.errors).toEqual([]);
    expect(a.outside).toEqual([]);
    await a.close();
  });
});
