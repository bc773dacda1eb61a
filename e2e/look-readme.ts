// The README's screenshot: `npx tsx e2e/look-readme.ts [out-dir]` writes readme.png (1440×900, the
// home view with 大足区 selected). docs/screenshot.png is that file reduced to a palette:
// `pngquant --quality 85-98 --speed 1 --output docs/screenshot.png e2e/out/readme.png`.
import { join } from 'node:path';
import { clickDistrictLabel, lookAt, settle } from './driver';

await lookAt(async ({ out, open }) => {
  const { page } = await open('', { viewport: { width: 1440, height: 900 } });
  await clickDistrictLabel(page);
  await page.getByTestId('agreement-card').first().waitFor();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // the click focused the map: no focus ring in the picture
  await settle(page);
  await page.screenshot({ path: join(out, 'readme.png') });
});
