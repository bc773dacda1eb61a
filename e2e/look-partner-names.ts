// Screenshots of how partners and pairs are named (issue: new areas as parties): 双流区's and 渝北区's
// panels, 两江新区 framed with all its partners, and the network's ranking, in both languages:
// `npx tsx e2e/look-partner-names.ts [out-dir]`.
import { join } from 'node:path';
import { lookAt, settle, waitForMapReady } from './driver';

await lookAt(async ({ out, open }) => {
  const viewport = { width: 1440, height: 900 };
  for (const lang of ['zh', 'en'] as const) {
    const a = await open(`?lang=${lang}`, { viewport });
    const base = a.page.url().split('?')[0];
    for (const code of ['510116', '500112']) {
      await a.page.goto(`${base}?lang=${lang}&sel=d:${code}`);
      await a.page.getByTestId('district-agreements').waitFor();
      await waitForMapReady(a.page);
      await settle(a.page);
      // The count, the new-area line and the partners: the top of the section.
      const section = a.page.getByTestId('district-agreements');
      await section.evaluate((el) => el.scrollIntoView());
      const box = (await section.boundingBox())!;
      await a.page.screenshot({ path: join(out, `${lang}-${code}-agreements.png`), clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 900 - box.y) } });
    }
    await a.page.goto(`${base}?lang=${lang}&sel=n:liangjiang`);
    await a.page.getByTestId('new-area-panel').waitFor();
    await waitForMapReady(a.page);
    await settle(a.page);
    await a.page.getByTestId('frame-partners').click();
    await a.page.waitForTimeout(1500);
    await waitForMapReady(a.page);
    await settle(a.page);
    await a.page.screenshot({ path: join(out, `${lang}-liangjiang-framed.png`) });
    await a.page.goto(`${base}?lang=${lang}&mode=network`);
    await a.page.getByTestId('network-panel').waitFor();
    await waitForMapReady(a.page);
    await settle(a.page);
    await a.page.getByTestId('network-panel').screenshot({ path: join(out, `${lang}-network-panel.png`) });
    await a.close();
  }
});
