// Screenshots of the filters, time slider and table: `npx tsx e2e/look-filters.ts [out-dir]`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openAtlas, settle, startServer, ROOT } from './driver';

const out = process.argv[2] ?? join(ROOT, 'e2e/out');
mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await launch();
try {
  const a = await openAtlas(browser, `${server.url}?fd=tourism-culture,transport&fp=510000&t=2021&panel=table&mode=network`);
  await settle(a.page);
  await a.page.screenshot({ path: join(out, 'filters-table.png') });
  const [d] = await Promise.all([a.page.waitForEvent('download'), a.page.getByTestId('export-png').click()]);
  await d.saveAs(join(out, 'export.png'));
  const b = await openAtlas(browser, `${server.url}?fd=ecology&fy=2030-2035`);
  await settle(b.page);
  await b.page.screenshot({ path: join(out, 'filters-empty.png') });
  console.log('outside requests:', a.outside, b.outside, 'errors:', a.errors, b.errors);
  await a.close();
  await b.close();
} finally {
  await browser.close();
  await server.stop();
}
