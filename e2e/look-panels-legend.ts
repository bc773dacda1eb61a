/**
 * An agreement opened from a card low in a long district panel (desktop and phone), the save
 * message's way to the saved agreements, and the legend's agreements while they are drawn:
 * `npx tsx e2e/look-panels-legend.ts /tmp/out`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookAt, ROOT, settle } from './driver';

const FIXTURE = readFileSync(join(ROOT, 'e2e/fixtures/local-article.txt'), 'utf8');

await lookAt(async ({ out, open }) => {
  for (const [tag, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    const a = await open('?sel=d:500112', { viewport, touch: tag === 'phone' });
    const last = a.page.getByTestId('district-panel').getByTestId('agreement-card').locator('h4 button').last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await a.page.getByTestId('agreement-panel').waitFor();
    await settle(a.page);
    await a.page.screenshot({ path: join(out, `opened-${tag}.png`) });
    await a.close();
  }
  for (const lang of ['zh', 'en'] as const) {
    const a = await open(lang === 'en' ? '?lang=en' : '', { viewport: { width: 1440, height: 900 } });
    const p = a.page;
    await p.getByTestId('add-article-open').click();
    await p.getByTestId('article-text').fill(FIXTURE);
    await p.getByTestId('article-title').fill('川渝毗邻地区再添合作新成果');
    await p.getByTestId('read-article').click();
    await p.getByTestId('article-review').waitFor();
    const pending = p.locator('[data-testid="proposal"][data-decision="pending"] [data-testid="accept"]');
    while ((await pending.count()) > 0) await pending.first().click();
    await p.getByTestId('save-article').click();
    await p.getByTestId('saved-agreements').waitFor();
    await p.screenshot({ path: join(out, `saved-${lang}.png`) });
    await p.getByTestId('show-saved').first().click();
    await p.getByTestId('agreement-panel').waitFor();
    await settle(p);
    await p.screenshot({ path: join(out, `saved-opened-${lang}.png`) });
    await a.close();
  }
  for (const [name, q] of [['dazu-zh', '?sel=d:500111'], ['network-en', '?mode=network&lang=en'], ['agreement-en', '?sel=d:500112&lang=en']] as const) {
    const a = await open(q, { viewport: { width: 1440, height: 900 } });
    await settle(a.page);
    await a.page.screenshot({ path: join(out, `legend-${name}.png`) });
    await a.close();
  }
  const ph = await open('?sel=d:500111', { viewport: { width: 390, height: 844 }, touch: true });
  await ph.page.getByTestId('legend').locator('summary').click();
  await ph.page.waitForTimeout(300);
  await ph.page.screenshot({ path: join(out, 'legend-phone.png') });
  await ph.close();
});
