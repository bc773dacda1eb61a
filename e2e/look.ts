// Takes screenshots of the built app for a person to look at: `npx tsx e2e/look.ts [out-dir]`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { jumpAndSettle, launch, openAtlas, startServer, ROOT } from './driver';

const out = process.argv[2] ?? join(ROOT, 'e2e/out');
mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await launch();
try {
  const a = await openAtlas(browser, server.url);
  await a.page.screenshot({ path: join(out, 'home.png') });
  await jumpAndSettle(a.page, [105.9, 29.75], 8.2);
  await a.page.screenshot({ path: join(out, 'border-z8.png') });
  await jumpAndSettle(a.page, [106.55, 29.56], 10);
  await a.page.screenshot({ path: join(out, 'chongqing-z10.png') });
  console.log('outside requests:', a.outside, 'errors:', a.errors);
  await a.close();
} finally {
  await browser.close();
  await server.stop();
}
