// Screenshots of the filters, time slider and table: `npx tsx e2e/look-filters.ts [out-dir]`.
import { join } from 'node:path';
import { lookAt, settle } from './driver';

await lookAt(async ({ out, open }) => {
  const a = await open(`?fd=tourism-culture,transport&fp=510000&t=2021&panel=table&mode=network`);
  await settle(a.page);
  await a.page.screenshot({ path: join(out, 'filters-table.png') });
  const [d] = await Promise.all([a.page.waitForEvent('download'), a.page.getByTestId('export-png').click()]);
  await d.saveAs(join(out, 'export.png'));
  const b = await open(`?fd=ecology&fy=2030-2035`);
  await settle(b.page);
  await b.page.screenshot({ path: join(out, 'filters-empty.png') });
  // A year range: how many undated agreements it leaves out, then counted by their first report.
  const c = await open(`?fd=transport&fy=2021-2022&mode=network`, { viewport: { width: 1440, height: 900 } });
  await c.page.locator('.filter-controls summary').click();
  await settle(c.page);
  await c.page.screenshot({ path: join(out, 'filters-undated-left-out.png') });
  await c.page.getByTestId('filter-undated-toggle').click();
  await settle(c.page);
  await c.page.screenshot({ path: join(out, 'filters-undated-included.png') });
  const d2 = await open(`?lang=en&fd=transport&fy=2021-2022&fu=reported&panel=table`, { viewport: { width: 390, height: 844 }, touch: true });
  await settle(d2.page);
  await d2.page.screenshot({ path: join(out, 'filters-undated-phone-en.png'), fullPage: true });
});
