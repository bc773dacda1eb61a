// Takes screenshots of the built app for a person to look at: `npx tsx e2e/look.ts [out-dir]`.
import { join } from 'node:path';
import { jumpAndSettle, lookAt } from './driver';

await lookAt(async ({ out, open }) => {
  const { page } = await open();
  await page.screenshot({ path: join(out, 'home.png') });
  await jumpAndSettle(page, [105.9, 29.75], 8.2);
  await page.screenshot({ path: join(out, 'border-z8.png') });
  await jumpAndSettle(page, [106.55, 29.56], 10);
  await page.screenshot({ path: join(out, 'chongqing-z10.png') });
});
