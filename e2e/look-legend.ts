/**
 * The legend opened on a phone (scrolled to its end) and on a desktop with the map narrowed by the
 * table, in both languages: `npx tsx e2e/look-legend.ts /tmp/out`.
 */
import { join } from 'node:path';
import { lookAt, settle } from './driver';

await lookAt(async ({ out, open }) => {
  for (const lang of ['zh', 'en'] as const) {
    const q = lang === 'en' ? '&lang=en' : '';
    const p = await open(`?mode=network${q}`, { viewport: { width: 390, height: 844 } });
    await p.page.getByTestId('legend').locator('summary').click();
    await p.page.waitForTimeout(300);
    await p.page.screenshot({ path: join(out, `legend-${lang}-phone-open.png`) });
    console.log(lang, 'phone', await p.page.getByTestId('legend').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, h: el.clientHeight, sh: el.scrollHeight, overflow: getComputedStyle(el).overflowY };
    }));
    await p.page.locator('.legend .trust-key').last().scrollIntoViewIfNeeded();
    await p.page.screenshot({ path: join(out, `legend-${lang}-phone-end.png`) });
    await p.close();
    const home = await open(q ? `?${q.slice(1)}` : '', { viewport: { width: 1440, height: 900 } });
    await settle(home.page);
    await home.page.screenshot({ path: join(out, `legend-${lang}-home.png`) });
    await home.close();
    const table = await open(`?panel=table${q}`, { viewport: { width: 1440, height: 900 } });
    await settle(table.page);
    await table.page.screenshot({ path: join(out, `legend-${lang}-table.png`) });
    await table.close();
  }
});
