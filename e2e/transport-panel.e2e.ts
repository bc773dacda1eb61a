import { describe, expect, it } from 'vitest';
import { jumpAndSettle, openAtlas, renderedProps, serverAndBrowser, type AtlasPage } from './driver';

const h = serverAndBrowser();

/** A project's panel opened by a link, as a planner opens one from a colleague; the map need not be drawn for it. */
async function panelOf(id: string, lang: 'zh' | 'en' = 'zh'): Promise<AtlasPage> {
  const atlas = await openAtlas(h.browser, `${h.server.url}?sel=f:${id}${lang === 'en' ? '&lang=en' : ''}`, { waitForMap: false });
  await expect.poll(() => atlas.page.getByTestId('feature-panel').getAttribute('data-id'), { timeout: 20_000 }).toBe(id);
  // The article mentions come with the articles: wait for them (or for their absence said).
  await expect.poll(() => atlas.page.getByTestId('feature-panel').innerText(), { timeout: 20_000 }).toMatch(/提及的文章|Articles that mention it/u);
  return atlas;
}

async function done(atlas: AtlasPage) {
  expect(atlas.outside).toEqual([]);
  expect(atlas.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  await atlas.close();
}

const rows = (atlas: AtlasPage) =>
  atlas.page
    .getByTestId('province-lengths')
    .locator('li[data-province]')
    .evaluateAll((lis) => lis.map((li) => ({ province: li.getAttribute('data-province'), km: Number(li.getAttribute('data-km')), basis: li.getAttribute('data-basis'), text: (li as HTMLElement).innerText })));

describe('a transport panel never contradicts its own sources', () => {
  it('内江至大足: the lengths per province its source gives, no districts read off a schematic line, and article 003 naming it 大足至内江', async () => {
    const atlas = await panelOf('neida-expressway');
    const panel = atlas.page.getByTestId('feature-panel');
    const shown = await rows(atlas);
    expect(shown).toEqual([
      { province: '510000', km: 18.77, basis: 'sourced', text: expect.stringContaining('18.77 公里') },
      { province: '500000', km: 31, basis: 'sourced', text: expect.stringContaining('约 31 公里') },
    ]);
    expect(await atlas.page.getByTestId('province-lengths').innerText()).toContain('来源');
    // The schematic line starts at 内江's label point, in 资中县: no list of districts from it, and why.
    expect(await atlas.page.getByTestId('districts-crossed').count()).toBe(0);
    expect(await atlas.page.getByTestId('crossing-caveat').innerText()).toContain('示意');
    const text = await panel.innerText();
    expect(text).not.toContain('资中县');
    expect(await atlas.page.getByTestId('province-lengths').innerText()).not.toMatch(/\b(?:53|35) 公里/u);
    expect(await atlas.page.getByTestId('mentions').innerText()).toContain('加快建设大足至内江');
    await done(atlas);
  });

  it('成渝中线高铁: the lengths per province add up to the sourced 292 km, and say they are the drawn line’s share of it', async () => {
    const atlas = await panelOf('chengyu-zhongxian-hsr');
    const shown = await rows(atlas);
    expect(shown.map((r) => r.basis)).toEqual(['scaled', 'scaled']);
    expect(shown.reduce((n, r) => n + r.km, 0)).toBe(292);
    expect(await atlas.page.getByTestId('province-lengths').innerText()).toMatch(/292 公里/u);
    await done(atlas);
  });

  it('果园港 in English: only a port’s facts, its quotes as the reader shows them, cited by title and date, each once', async () => {
    const atlas = await panelOf('guoyuan-port', 'en');
    const panel = atlas.page.getByTestId('feature-panel');
    const facts = await panel.locator('dl.facts dt').allInnerTexts();
    expect(facts).toEqual(['Type', 'Status', 'Opened']);
    const text = await panel.innerText();
    expect(text).not.toContain('.txt');
    expect(text).not.toContain('四 川');
    expect(text).not.toContain('宜宾 港');
    expect(text.split('以果园港、宜宾港、泸州港等主要港区为节点').length - 1).toBe(1);
    expect(text.split('建立邻水港与果园港国家物流枢纽联动机制').length - 1).toBe(1);
    // A citation names the article and its date, and opens it in the reader.
    const cite = panel.getByTestId('open-source').first();
    expect(await cite.innerText()).not.toMatch(/^\d{3}_/u);
    expect(await panel.locator('.cite-date').first().innerText()).toMatch(/20\d\d/u);
    await cite.click();
    await expect.poll(() => atlas.page.getByTestId('source-reader').getAttribute('data-article')).toMatch(/^00[34]_/u);
    await done(atlas);
  });

  it('a station in English: its English name (China Railway’s form) heads the panel, the Chinese under it (in Chinese, the Chinese); its line lists stations in English', async () => {
    const atlas = await panelOf('station:500112:重庆北', 'en');
    const panel = atlas.page.getByTestId('feature-panel');
    expect(await atlas.page.locator('#feature-title').innerText()).toBe('Chongqingbei');
    expect(await panel.locator('header').innerText()).toContain('重庆北站');
    // In Chinese the Chinese name heads it again.
    await atlas.page.getByTestId('lang-switch').click();
    await expect.poll(() => atlas.page.locator('#feature-title').innerText()).toBe('重庆北站');
    await atlas.page.goto(`${h.server.url}?sel=f:chengyu-hsr&lang=en`);
    await expect.poll(() => panel.getAttribute('data-id'), { timeout: 20_000 }).toBe('chengyu-hsr');
    const stops = await panel.locator('ol.stations li > span:first-child').allInnerTexts();
    expect(stops).toContain('Chongqing');
    expect(stops).toContain('Ziyangbei');
    expect(stops.join(' ')).not.toMatch(/\p{Script=Han}/u);
    await done(atlas);
  });
});

describe('the English map names its stations in English', () => {
  it('every station label drawn around 重庆 reads in Latin letters', async () => {
    const atlas = await openAtlas(h.browser, `${h.server.url}?lang=en`);
    await jumpAndSettle(atlas.page, [106.55, 29.6], 10);
    const field = (await atlas.page.evaluate(() => window.__atlas!.map.getLayoutProperty('transport-point-labels', 'text-field'))) as unknown[];
    // The label is the first of the fields the expression names that the feature has: ['coalesce', ['get', a], ['get', b]].
    const fields = (field[0] === 'coalesce' ? field.slice(1) : [field]).map((g) => (g as string[])[1]!);
    const stations = (await renderedProps(atlas.page, 'transport-point-labels')).filter((p) => p.mode === 'station');
    const labels = stations.map((p) => fields.map((f) => p[f]).find((v) => v !== null && v !== undefined));
    expect(labels.length).toBeGreaterThan(3);
    expect(labels).toContain('Chongqingbei');
    for (const l of labels) expect(l).toMatch(/^[A-Za-z' ]+$/u);
    await done(atlas);
  });
});

