// Screenshots of station names on the map and in the panels, in English and Chinese, for a person
// to look at: `npx tsx e2e/look-stations.ts [out-dir]`.
import { join } from 'node:path';
import { jumpAndSettle, lookAt } from './driver';

await lookAt(async ({ out, open }) => {
  for (const lang of ['en', 'zh'] as const) {
    const a = await open(`?lang=${lang}`, { viewport: { width: 1440, height: 900 } });
    for (const [name, center, zoom] of [['chongqing', [106.55, 29.6], 10], ['chengdu', [104.07, 30.6], 9.5]] as const) {
      await jumpAndSettle(a.page, [...center], zoom);
      await a.page.screenshot({ path: join(out, `map-${name}-${lang}.png`) });
    }
    await a.close();
    for (const id of ['station:500112:重庆北', 'station:510185:三岔湖', 'chengyu-hsr', 'chengyu-zhongxian-hsr']) {
      const p = await open(`?sel=f:${encodeURIComponent(id)}&lang=${lang}`, { viewport: { width: 1440, height: 900 } });
      await p.page.getByTestId('feature-panel').waitFor();
      await p.page.waitForTimeout(800);
      await p.page.getByTestId('feature-panel').screenshot({ path: join(out, `panel-${id.replace(/[:]/g, '_')}-${lang}.png`) });
      await p.close();
    }
  }
});
