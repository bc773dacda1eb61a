// Takes screenshots of the built app for a person to look at: `npx tsx e2e/look.ts [out-dir]`.
import { join } from 'node:path';
import { clickDistrictLabel, jumpAndSettle, lookAt, settle } from './driver';

await lookAt(async ({ out, open }) => {
  const { page } = await open();
  await page.screenshot({ path: join(out, 'home.png') });
  await jumpAndSettle(page, [105.9, 29.75], 8.2);
  await page.screenshot({ path: join(out, 'border-z8.png') });
  await jumpAndSettle(page, [106.55, 29.56], 10);
  await page.screenshot({ path: join(out, 'chongqing-z10.png') });
  // A phone, in both languages: the controls over the map, and a selected district.
  for (const lang of ['zh', 'en']) {
    const phone = (await open(`?lang=${lang}`, { viewport: { width: 390, height: 844 } })).page;
    await settle(phone);
    await phone.screenshot({ path: join(out, `phone-home-${lang}.png`) });
    await clickDistrictLabel(phone);
    await settle(phone);
    await phone.screenshot({ path: join(out, `phone-dazu-${lang}.png`) });
  }
});
