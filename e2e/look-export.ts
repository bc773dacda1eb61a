// Screenshots of the table and the exports as a planner writing a report sees them:
// `npx tsx e2e/look-export.ts [out-dir]` (table at 1440 and on a phone, both languages; each export file; the phone's map image).
import { join } from 'node:path';
import { launch, lookAt, openAtlas, settle } from './driver';

await lookAt(async ({ out, open, server }) => {
  for (const lang of ['zh', 'en']) {
    const a = await open(`?lang=${lang}&panel=table&fd=tourism-culture&fy=2020-2021&fp=510000`, { viewport: { width: 1440, height: 900 } });
    await settle(a.page);
    await a.page.screenshot({ path: join(out, `${lang}-table-desk.png`) });
    for (const id of ['export-csv', 'export-geojson', 'export-png']) {
      const [d] = await Promise.all([a.page.waitForEvent('download'), a.page.getByTestId(id).click()]);
      await d.saveAs(join(out, `${lang}-${d.suggestedFilename()}`));
    }
    const p = await open(`?lang=${lang}&panel=table`, { viewport: { width: 390, height: 844 } });
    await settle(p.page);
    await p.page.getByTestId('table-panel').scrollIntoViewIfNeeded();
    await p.page.screenshot({ path: join(out, `${lang}-table-phone.png`) });
    // The phone's image: drawn at the image's own size, framed to the region (not the phone's narrow map).
    const [pd] = await Promise.all([p.page.waitForEvent('download'), p.page.getByTestId('export-png').click()]);
    await pd.saveAs(join(out, `${lang}-phone-${pd.suggestedFilename()}`));
    // The map images a report takes: a pair in the network with the table open (the wider panel
    // narrows the map), a district's partners in plain mode, the count mode.
    for (const [name, query] of [
      ['pair', `?lang=${lang}&mode=network&sel=p:500112,510116`],
      ['district', `?lang=${lang}&sel=d:500111&fd=tourism-culture`],
      ['count', `?lang=${lang}&mode=choropleth&fy=2020-2021`],
    ] as const) {
      const m = await open(query, { viewport: { width: 1440, height: 900 } });
      await settle(m.page);
      await m.page.getByTestId('panel-switch').click();
      await settle(m.page);
      await m.page.screenshot({ path: join(out, `${lang}-${name}-screen.png`) });
      const [d] = await Promise.all([m.page.waitForEvent('download'), m.page.getByTestId('export-png').click()]);
      await d.saveAs(join(out, `${lang}-${name}-${d.suggestedFilename()}`));
    }
  }
  // Without WebGL: the PNG button is off and says why.
  const browser = await launch(['--disable-webgl', '--disable-webgl2']);
  try {
    for (const lang of ['zh', 'en']) {
      const n = await openAtlas(browser, `${server.url}?lang=${lang}&panel=table`, { viewport: { width: 1440, height: 900 }, waitForMap: false });
      await n.page.getByTestId('export-png-why').waitFor();
      await n.page.screenshot({ path: join(out, `${lang}-nowebgl.png`) });
    }
  } finally {
    await browser.close();
  }
});
