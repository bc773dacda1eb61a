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
});
