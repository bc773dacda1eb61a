// Screenshots of the controls over the map in each map mode, the search and a pick from it, and
// copy link, at both sizes and in both languages: `npx tsx e2e/look-phone-controls.ts [out-dir]`.
import { join } from 'node:path';
import { lookAt, settle } from './driver';

await lookAt(async ({ out, open }) => {
  for (const [size, viewport] of [['desk', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    for (const lang of ['zh', 'en']) {
      for (const mode of ['plain', 'choropleth', 'network']) {
        const a = await open(`?lang=${lang}${mode === 'plain' ? '' : `&mode=${mode}`}`, { viewport });
        const page = a.page;
        await settle(page);
        await page.screenshot({ path: join(out, `ctl-${size}-${lang}-${mode}.png`) });
        await a.close();
      }
      const a = await open(`?lang=${lang}`, { viewport });
      const page = a.page;
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.getByTestId('search-input').fill(lang === 'zh' ? '荣昌' : 'rongchang');
      await page.screenshot({ path: join(out, `search-${size}-${lang}.png`) });
      await page.locator('.district-list:not(.projects) button').first().click();
      await settle(page);
      await page.screenshot({ path: join(out, `picked-${size}-${lang}.png`) });
      await page.getByTestId('copy-link').click();
      await page.screenshot({ path: join(out, `copied-${size}-${lang}.png`) });
      await page.getByTestId('search-input').fill('');
      await page.screenshot({ path: join(out, `placeholder-${size}-${lang}.png`) });
      await a.close();
    }
  }
});
