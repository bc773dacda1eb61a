// Screenshots of transport panels (lengths per province, a port's facts and quotes) and of the
// atlas without WebGL, for a person to look at: `npx tsx e2e/look-transport-panel.ts [out-dir]`.
import { join } from 'node:path';
import { launch, lookAt, openAtlas, settle } from './driver';

await lookAt(async ({ out, open, server }) => {
  for (const [id, lang] of [['neida-expressway', 'zh'], ['chengyu-zhongxian-hsr', 'zh'], ['chengyu-hsr', 'en'], ['guoyuan-port', 'en'], ['g5013-yurong-expressway', 'zh']] as const) {
    const a = await open(`?sel=f:${id}${lang === 'en' ? '&lang=en' : ''}`, { viewport: { width: 1440, height: 900 } });
    await settle(a.page);
    await a.page.getByTestId('feature-panel').screenshot({ path: join(out, `panel-${id}-${lang}.png`) });
    await a.close();
  }
  const noGl = await launch(['--disable-gpu', '--disable-software-rasterizer']);
  try {
    for (const [name, q] of [['district', '?sel=d:500111'], ['network', '?mode=network'], ['table', '?panel=table']] as const) {
      const a = await openAtlas(noGl, server.url + q, { viewport: { width: 1440, height: 900 }, waitForMap: false });
      await a.page.getByTestId('map-unavailable').waitFor();
      await a.page.waitForTimeout(1500);
      await a.page.screenshot({ path: join(out, `nogl-${name}.png`) });
      await a.close();
    }
  } finally {
    await noGl.close();
  }
});
