// Screenshots of the agreement flow for a person to look at: `npx tsx e2e/look-agreements.ts [out-dir] [--fixture]`.
import { join } from 'node:path';
import { clickMapAt, DAZU_LABEL, jumpAndSettle, lookAt, settle, withAgreementsFixture } from './driver';

await lookAt(async ({ out, args, open }) => {
  const a = await open('', { viewport: { width: 1400, height: 900 }, routes: args.includes('--fixture') ? withAgreementsFixture : undefined });
  await clickMapAt(a.page, DAZU_LABEL);
  await a.page.getByTestId('agreement-card').first().waitFor();
  await settle(a.page);
  await a.page.screenshot({ path: join(out, 'agreements-district.png') });
  await a.page.getByTestId('agreement-card').first().getByTestId('open-source').click();
  await a.page.getByTestId('source-reader').waitFor();
  await settle(a.page);
  await a.page.screenshot({ path: join(out, 'agreements-reader.png') });
  await a.page.getByTestId('agreement-card').first().locator('h4 button').click();
  await a.page.getByTestId('agreement-panel').waitFor();
  await settle(a.page);
  await a.page.screenshot({ path: join(out, 'agreements-selected.png') });
  await a.page.getByTestId('source-reader').getByRole('button').first().click();
  await a.page.getByTestId('agreement-panel').getByRole('button', { name: /关闭|Close/ }).first().click();
  await jumpAndSettle(a.page, [105.3, 30.2], 6.4);
  for (const mode of ['network', 'choropleth']) {
    const sw = a.page.getByTestId(`map-mode-${mode}`);
    if (await sw.count()) {
      await sw.check();
      await settle(a.page);
      await a.page.screenshot({ path: join(out, `agreements-${mode}.png`) });
    }
  }
});
