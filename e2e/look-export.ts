// Screenshots of the table and the exports as a planner writing a report sees them:
// `npx tsx e2e/look-export.ts [out-dir]` (table at 1440 and on a phone, both languages; each export file).
import { join } from 'node:path';
import { lookAt, settle } from './driver';

await lookAt(async ({ out, open }) => {
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
  }
});
