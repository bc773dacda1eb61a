// Screenshots of what the extractor adds to the panels, for a person to look at: `npx tsx e2e/look-extractor.ts [out-dir]`
// (an agreement reported by two articles, the reasons for doubt on cards and in the panel, the table's row).
import { join } from 'node:path';
import { lookAt, settle } from './driver';

await lookAt(async ({ out, open }) => {
  const a = await open('?sel=a:004-mechanism-tianfu-liangjiang-public-services', { viewport: { width: 1400, height: 900 } });
  await a.page.getByTestId('agreement-panel').waitFor();
  await settle(a.page);
  await a.page.screenshot({ path: join(out, 'extractor-reports.png') });
  const b = await open('?sel=d:500111', { viewport: { width: 1400, height: 900 } });
  await b.page.getByTestId('agreement-card').first().waitFor();
  await settle(b.page);
  await b.page.screenshot({ path: join(out, 'extractor-cards.png') });
  const c = await open('?lang=en&sel=a:000-fund-cq-finance-sc-finance-chengdu-finance', { viewport: { width: 1400, height: 900 } });
  await c.page.getByTestId('agreement-panel').waitFor();
  await settle(c.page);
  await c.page.screenshot({ path: join(out, 'extractor-doubts-en.png') });
  const d = await open('?panel=table', { viewport: { width: 1400, height: 900 } });
  await d.page.getByTestId('agreement-table').waitFor();
  await settle(d.page);
  await d.page.screenshot({ path: join(out, 'extractor-table.png') });
});
