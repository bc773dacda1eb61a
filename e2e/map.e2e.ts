import { describe, expect, it } from 'vitest';
import { LAYER } from '../src/map/ids';
import { clickDistrictLabel, clickMapAt, DAZU_LABEL, firstFrame, jumpAndSettle, launch, openAtlas, recordFirstFrame, renderedProps, serverAndBrowser, sharedAtlas } from './driver';

const h = serverAndBrowser();

describe('the map', () => {
  const atlas = sharedAtlas(h, { routes: recordFirstFrame });

  it('fetches neither the countries abroad nor the sea for the home view, and both once the view reaches beyond the circle', async () => {
    const fetched = () => atlas.page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => /\/(countries|sea)-[^/]*\.geojson$/.test(p)).length);
    expect(await fetched()).toBe(0);
    const home = await atlas.page.evaluate(() => ({ c: window.__atlas!.map.getCenter().toArray() as [number, number], z: window.__atlas!.map.getZoom() }));
    await jumpAndSettle(atlas.page, [106, 26], 5);
    await expect.poll(fetched).toBe(2);
    await expect.poll(() => atlas.page.evaluate(() => window.__atlas!.map.querySourceFeatures('sea').length)).toBeGreaterThan(0);
    await jumpAndSettle(atlas.page, home.c, home.z);
  });

  it('hands the map’s worker the validated text of the files it draws as fetched: each file is downloaded once, and the sources’ data stays readable', async () => {
    // Blob URLs of what passed the schemas (src/map/source-feed.ts), read by the worker from memory, not fetched again from the server.
    const asked: string[] = [];
    const b = await openAtlas(h.browser, h.server.url, { routes: async (context) => context.on('request', (r) => void asked.push(new URL(r.url()).pathname)) });
    for (const file of ['districts', 'borders', 'rivers']) expect(asked.filter((p) => new RegExp(`/${file}[-.][^/]*geojson$`).test(p)), file).toHaveLength(1);
    // MapLibre's own getData() answers for a source fed by URL (a worker that left out its echo of the data made it wait for ever).
    const features = await b.page.evaluate(async () => ((await (window.__atlas!.map.getSource('districts') as import('maplibre-gl').GeoJSONSource).getData()) as GeoJSON.FeatureCollection).features.length);
    expect(features).toBe(221);
    await b.close();
  });

  it('leaves out of the home view’s first frame only the layers that draw nothing there (halo, arcs, network, places), and has them after it', async () => {
    const deferred = [LAYER.transportSelected, LAYER.agreementArcs, LAYER.agreementNetwork, LAYER.agreementPlaces];
    const first = await firstFrame(atlas.page);
    for (const [id, v] of Object.entries(first.visibility)) expect(v, id).toBe(deferred.includes(id as never) ? 'none' : 'visible');
    // What the home view shows was all in that frame.
    for (const id of [LAYER.districtsFill, LAYER.borders, LAYER.transportOpen, LAYER.transportHubs, LAYER.transportHubLabels, LAYER.prefectureLabels, LAYER.provinceLabels]) expect(first.rendered[id], id).toBeGreaterThan(0);
    await expect.poll(() => atlas.page.evaluate((ids) => ids.map((id) => window.__atlas!.map.getLayoutProperty(id, 'visibility')), deferred)).toEqual(deferred.map(() => 'visible'));
    // 大足区 selected: its partners' arcs and places are drawn.
    await clickDistrictLabel(atlas.page, DAZU_LABEL);
    await expect.poll(async () => (await renderedProps(atlas.page, LAYER.agreementArcs)).length).toBeGreaterThan(0);
    await expect.poll(async () => (await renderedProps(atlas.page, LAYER.agreementPlaces)).length).toBeGreaterThan(0);
    await atlas.page.keyboard.press('Escape');
  });

  it('loads, sets mapReady and draws all 221 districts', async () => {
    // The home view frames the economic circle; out at zoom 5 every district is in a loaded tile.
    const home = await atlas.page.evaluate(() => ({ c: window.__atlas!.map.getCenter().toArray() as [number, number], z: window.__atlas!.map.getZoom() }));
    await jumpAndSettle(atlas.page, [104.5, 30.2], 5);
    const count = await atlas.page.evaluate(() => window.__atlas!.map.querySourceFeatures('districts').map((f) => f.id));
    expect(new Set(count).size).toBe(221);
    await jumpAndSettle(atlas.page, home.c, home.z);
  });

  it('shows the map only once complete, with every layer drawn, at the screen’s full resolution, with no drawing notice left', async () => {
    const shown = await atlas.page.evaluate(() => {
      const map = window.__atlas!.map;
      const canvas = map.getCanvas();
      return { visibility: getComputedStyle(canvas).visibility, width: canvas.width, css: canvas.clientWidth, ratio: map.getPixelRatio(), dpr: devicePixelRatio };
    });
    expect(shown.visibility).toBe('visible');
    expect(shown.ratio).toBe(shown.dpr);
    expect(shown.width).toBe(Math.floor(shown.css * shown.dpr));
    await expect.poll(() => atlas.page.locator('.map-status').count()).toBe(0);
  });

  it('has label features drawn and a CJK font in the browser to draw them with (not tofu)', async () => {
    const labels = await atlas.page.evaluate(() => window.__atlas!.map.queryRenderedFeatures({ layers: ['prefecture-labels', 'province-labels'] }).length);
    expect(labels).toBeGreaterThan(5);
    // A CJK font draws 四 with more ink than the empty box a missing font draws.
    const ink = await atlas.page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 64;
      c.height = 64;
      const g = c.getContext('2d')!;
      const measure = (ch: string) => {
        g.clearRect(0, 0, 64, 64);
        g.font = '48px sans-serif';
        g.fillText(ch, 4, 52);
        return g.getImageData(0, 0, 64, 64).data.filter((_, i) => i % 4 === 3 && _ > 0).length;
      };
      return { si: measure('四'), yu: measure('渝'), tofu: measure('\u{10FFFD}') };
    });
    expect(ink.si).not.toBe(ink.tofu);
    expect(ink.yu).not.toBe(ink.si);
  });

  it('selects 大足区 when its label point is clicked, and shows its facts', async () => {
    await clickDistrictLabel(atlas.page);
    const panel = atlas.page.getByTestId('district-panel');
    const text = await panel.innerText();
    expect(text).toContain('大足区');
    expect(text).toContain('Dàzú');
    expect(text).toContain('Dazu District');
    expect(text).toContain('500111');
    expect(text).toMatch(/面积\s*1,[0-9]{3}/);
    const state = await atlas.page.evaluate(() => window.__atlas!.map.getFeatureState({ source: 'districts', id: '500111' }));
    expect(state.selected).toBe(true);
    const width = await atlas.page.evaluate(() => window.__atlas!.map.getPaintProperty('districts-line', 'line-width'));
    expect(JSON.stringify(width)).toContain('selected');
  });

  it('moves the selection to a neighbour from the panel, across the provincial border', async () => {
    await atlas.page.getByTestId('district-panel').getByRole('button', { name: '安岳县' }).click();
    await expect.poll(() => atlas.page.getByTestId('district-panel').getAttribute('data-code')).toBe('512021');
    const states = await atlas.page.evaluate(() => ({
      anyue: window.__atlas!.map.getFeatureState({ source: 'districts', id: '512021' }).selected,
      dazu: window.__atlas!.map.getFeatureState({ source: 'districts', id: '500111' }).selected,
    }));
    expect(states).toEqual({ anyue: true, dazu: false });
  });

  it('finds a district by pinyin in the list and opens it with Enter (the district listed above the one project)', async () => {
    const search = atlas.page.getByTestId('search-input');
    await search.fill('dazu');
    await expect.poll(() => atlas.page.locator('.district-list:not(.projects) li').count()).toBe(1);
    // Two projects: the line through 大足 and 大足站, found by its English name (Dazu).
    await expect.poll(() => atlas.page.getByTestId('project-results').locator('li').count()).toBe(2);
    await expect.poll(() => atlas.page.getByTestId('project-results').innerText()).toContain('大足站');
    await search.press('Enter');
    await expect.poll(() => atlas.page.getByTestId('district-panel').getAttribute('data-code')).toBe('500111');
  });

  it('finds a district by its pinyin initials and a transport project by name', async () => {
    const search = atlas.page.getByTestId('search-input');
    await search.fill('dz');
    await expect.poll(() => atlas.page.locator('.district-list:not(.projects) li button').first().getAttribute('data-code')).toBe('500111');
    await search.fill('成达万');
    await atlas.page.getByTestId('project-results').getByRole('option').first().click();
    await expect.poll(() => atlas.page.getByTestId('feature-panel').getAttribute('data-id')).toBe('chengdawan-hsr');
    await search.fill('dazu');
    await expect.poll(() => atlas.page.locator('.district-list:not(.projects) li').count()).toBe(1);
    await search.press('Enter');
    await expect.poll(() => atlas.page.getByTestId('district-panel').getAttribute('data-code')).toBe('500111');
  });

  it('lists a district named in the search first, under its own heading, and Enter opens it (荣昌, not a road to it)', async () => {
    const search = atlas.page.getByTestId('search-input');
    await search.fill('荣昌');
    await expect.poll(() => atlas.page.getByTestId('project-results').locator('li').count()).toBeGreaterThan(0);
    // Each heading is followed by its own list: the order of headings and lists in the results.
    const groups = () =>
      atlas.page.locator('#search-results').evaluate((el) =>
        [...el.querySelectorAll(':scope > h3, :scope > ul')].map((n) => (n.tagName === 'H3' ? n.textContent : n.getAttribute('data-testid'))),
      );
    const order = await groups();
    expect(order.slice(0, 2)).toEqual(['区县列表', 'district-results']);
    const own: Record<string, string> = { 区县列表: 'district-results', 交通项目: 'project-results', 合作事项: 'agreement-results' };
    order.forEach((n, k) => {
      if (n && n in own) expect(order[k + 1], n).toBe(own[n]);
    });
    await search.press('Enter');
    await expect.poll(() => atlas.page.getByTestId('district-panel').getAttribute('data-code')).toBe('500153');
  });

  it('says nothing matches at all when no place, project or agreement does, and that no district does when a project does', async () => {
    const search = atlas.page.getByTestId('search-input');
    const count = atlas.page.locator('#search-results p.count');
    await search.fill('qqqxxz');
    await expect.poll(() => count.innerText()).toBe('没有找到匹配的地名、交通项目或合作事项。');
    await search.fill('Chengdu-Chongqing Central');
    await expect.poll(() => atlas.page.getByTestId('project-results').getByRole('option').first().getAttribute('data-id')).toBe('chengyu-zhongxian-hsr');
    await expect.poll(() => count.innerText()).toBe('没有找到匹配的区县。');
    // A project by the pinyin of its name, or its initials, as a district is found.
    await search.fill('cyzx');
    await expect.poll(() => atlas.page.getByTestId('project-results').getByRole('option').first().getAttribute('data-id')).toBe('chengyu-zhongxian-hsr');
    await search.fill('guoyuangang');
    await expect.poll(() => atlas.page.getByTestId('project-results').getByRole('option').first().getAttribute('data-id')).toBe('guoyuan-port');
    await search.fill('');
  });

  it('brings the search results into view when a tall panel is open above the list', async () => {
    const a = await openAtlas(h.browser, `${h.server.url}?sel=f:chengyu-zhongxian-hsr`);
    await a.page.getByTestId('feature-panel').waitFor();
    await a.page.getByTestId('search-input').fill('dz');
    const first = a.page.locator('.district-list:not(.projects) li button').first();
    await expect.poll(() => first.getAttribute('data-code')).toBe('500111');
    const box = (await first.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(a.page.viewportSize()!.height);
    expect(a.errors).toEqual([]);
    await a.close();
  });

  it('switches the interface and the map labels to English', async () => {
    await atlas.page.getByTestId('lang-switch').click();
    await expect.poll(() => atlas.page.getByTestId('district-panel').innerText()).toContain('Neighbouring districts');
    const field = await atlas.page.evaluate(() => window.__atlas!.map.getLayoutProperty('district-labels', 'text-field'));
    expect(field).toEqual(['get', 'label_en']);
    expect(await atlas.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await atlas.page.getByTestId('lang-switch').click();
  });

  it('clears the selection when the sea or a context province is clicked', async () => {
    await jumpAndSettle(atlas.page, [104.5, 30], 5.5);
    await clickMapAt(atlas.page, [108.5, 27.0]); // 贵州, outside our districts
    await expect.poll(() => atlas.page.getByTestId('district-panel').count()).toBe(0);
  });
});

describe('when things go wrong', () => {
  it('explains a missing WebGL2, keeps the district list and panel working, and offers nothing that needs the map', async () => {
    const noGl = await launch(['--disable-software-rasterizer', '--disable-gpu']);
    try {
      const atlas = await openAtlas(noGl, h.server.url, { waitForMap: false });
      await expect.poll(() => atlas.page.getByTestId('map-unavailable').innerText(), { timeout: 15_000 }).toMatch(/WebGL2/);
      await atlas.page.getByTestId('search-input').fill('荣昌');
      await atlas.page.locator('.district-list:not(.projects) button').first().click();
      await expect.poll(() => atlas.page.getByTestId('district-panel').getAttribute('data-code')).toBe('500153');
      // What needs the map is not offered as if it worked: each says why.
      await expect.poll(() => atlas.page.getByTestId('frame-partners').isDisabled()).toBe(true);
      expect(await atlas.page.getByTestId('district-agreements').innerText()).toContain('需要地图');
      // The year still filters the agreements and statuses in the lists and panels, and says so.
      expect(await atlas.page.getByTestId('time-slider').innerText()).toContain('没有地图');
      await atlas.page.goto(`${h.server.url}?mode=network`);
      await expect.poll(() => atlas.page.getByTestId('network-panel').innerText(), { timeout: 15_000 }).toContain('点击列表中的伙伴对');
      expect(await atlas.page.getByTestId('network-panel').innerText()).not.toContain('点击弧线');
      await atlas.page.goto(`${h.server.url}?panel=table&lang=en`);
      await expect.poll(() => atlas.page.getByTestId('export-png').isDisabled(), { timeout: 15_000 }).toBe(true);
      expect(await atlas.page.getByTestId('export').innerText()).toContain('The PNG image needs the map');
      expect(await atlas.page.getByTestId('export-csv').isDisabled()).toBe(false);
      expect(atlas.outside).toEqual([]);
      expect(atlas.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
      await atlas.close();
    } finally {
      await noGl.close();
    }
  });

  it('names a truncated data file and still shows the map without it', async () => {
    const atlas = await openAtlas(h.browser, h.server.url, {
      routes: (c) => c.route('**/assets/borders-*.geojson', (route) => route.fulfill({ status: 200, body: '{"type":"FeatureCollection","features":[{"type":"Fea' })),
    });
    const banner = await atlas.page.getByTestId('data-error').innerText();
    expect(banner).toContain('borders.geojson');
    expect(banner).toContain('is not valid JSON');
    expect(atlas.outside).toEqual([]);
    await atlas.close();
  });

  it('names a missing data file and still shows the map without it', async () => {
    const atlas = await openAtlas(h.browser, h.server.url, {
      routes: (c) => c.route('**/assets/rail-*.geojson', (route) => route.fulfill({ status: 404, body: 'Not Found' })),
    });
    expect(await atlas.page.getByTestId('data-error').innerText()).toContain('transport/rail.geojson: HTTP 404');
    const drawn = await atlas.page.evaluate(() => window.__atlas!.map.querySourceFeatures('transport-lines').map((f) => f.properties.mode));
    expect(drawn).not.toContain('hsr');
    expect(drawn).toContain('expressway');
    expect(atlas.outside).toEqual([]);
    await atlas.close();
  });

  it('names the districts file when it fails its schema, without crashing', async () => {
    const atlas = await openAtlas(h.browser, h.server.url, {
      waitForMap: false,
      routes: (c) =>
        c.route('**/assets/districts-*.geojson', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'x' }, geometry: null }] }) }),
        ),
    });
    const banner = atlas.page.getByTestId('data-error');
    await expect.poll(() => banner.innerText()).toContain('districts.geojson: does not match its schema');
    expect(await banner.innerText()).toContain('features[0].properties.code');
    expect(atlas.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    expect(atlas.outside).toEqual([]);
    await atlas.close();
  });
});
