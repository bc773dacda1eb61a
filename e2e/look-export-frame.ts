// The map image framed at its own size, and the district table under the count basis, as a planner
// sees them: `npx tsx e2e/look-export-frame.ts [out-dir]` (desktop 1440 with the table open, phone, both languages).
import { join } from 'node:path';
import { lookAt, settle } from './driver';

await lookAt(async ({ out, open }) => {
  for (const lang of ['zh', 'en']) {
    for (const mode of ['choropleth', 'network']) {
      const a = await open(`?lang=${lang}&mode=${mode}`, { viewport: { width: 1440, height: 900 } });
      await settle(a.page);
      await a.page.getByTestId('panel-switch').click();
      await settle(a.page);
      const [d] = await Promise.all([a.page.waitForEvent('download'), a.page.getByTestId('export-png').click()]);
      await d.saveAs(join(out, `${lang}-${mode}-desk-${d.suggestedFilename()}`));
      await settle(a.page);
      await a.page.screenshot({ path: join(out, `${lang}-${mode}-desk-after.png`) });
    }
    const t = await open(`?lang=${lang}&mode=choropleth&cb=all&panel=table`, { viewport: { width: 1440, height: 900 } });
    await settle(t.page);
    await t.page.locator('[data-tab="districts"]').click();
    await t.page.getByTestId('district-table').locator('tbody tr').first().waitFor();
    await t.page.screenshot({ path: join(out, `${lang}-districts-all.png`) });
    const [c] = await Promise.all([t.page.waitForEvent('download'), t.page.getByTestId('export-csv').click()]);
    await c.saveAs(join(out, `${lang}-${c.suggestedFilename()}`));
    const p = await open(`?lang=${lang}&mode=choropleth`, { viewport: { width: 390, height: 844 }, touch: true });
    await settle(p.page);
    await p.page.getByTestId('panel-switch').click();
    await settle(p.page);
    const [pd] = await Promise.all([p.page.waitForEvent('download'), p.page.getByTestId('export-png').click()]);
    await pd.saveAs(join(out, `${lang}-phone-${pd.suggestedFilename()}`));
  }
});
