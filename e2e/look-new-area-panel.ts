// Screenshots of a new area as a place of its own: the search listing it, its panel and its districts
// outlined on the map, in both languages at desk and phone sizes:
// `npx tsx e2e/look-new-area-panel.ts [out-dir]`.
import { join } from 'node:path';
import { lookAt, settle, waitForMapReady } from './driver';

await lookAt(async ({ out, open }) => {
  for (const [size, viewport] of [
    ['desk', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    for (const lang of ['zh', 'en'] as const) {
      const a = await open(`?lang=${lang}`, { viewport });
      await settle(a.page);
      await a.page.getByTestId('search-input').fill(lang === 'zh' ? '两江新区' : 'new area');
      await a.page.waitForTimeout(300);
      await a.page.screenshot({ path: join(out, `${size}-${lang}-search.png`) });
      for (const id of ['liangjiang', 'tianfu', 'chengdu-etdz']) {
        await a.page.goto(`${a.page.url().split('?')[0]}?lang=${lang}&sel=n:${id}`);
        await a.page.getByTestId('new-area-panel').waitFor();
        await waitForMapReady(a.page);
        await settle(a.page);
        await a.page.screenshot({ path: join(out, `${size}-${lang}-${id}.png`) });
        if (size === 'desk' && id === 'liangjiang') await a.page.getByTestId('new-area-panel').screenshot({ path: join(out, `${size}-${lang}-${id}-panel.png`) });
      }
      await a.close();
    }
  }
});
