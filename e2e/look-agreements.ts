// Screenshots of the agreement flow for a person to look at: `npx tsx e2e/look-agreements.ts [out-dir] [--fixture]`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clickMapAt, DAZU_LABEL, jumpAndSettle, launch, openAtlas, settle, startServer, withAgreementsFixture, ROOT } from './driver';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? join(ROOT, 'e2e/out');
mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await launch();
try {
  const a = await openAtlas(browser, server.url, { viewport: { width: 1400, height: 900 }, routes: args.includes('--fixture') ? withAgreementsFixture : undefined });
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
  console.log('outside requests:', a.outside, 'errors:', a.errors);
  await a.close();
} finally {
  await browser.close();
  await server.stop();
}
