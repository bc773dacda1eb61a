/**
 * Lists of titles with dates or counts (other agreements of an article, search results, the
 * network list) in both languages: `npx tsx e2e/look-lists.ts /tmp/out`.
 */
import { join } from 'node:path';
import { lookAt } from './driver';

await lookAt(async ({ out, open }) => {
  for (const lang of ['zh', 'en'] as const) {
    const a = await open(`?sel=a:000-agreement-dazu-meishan-tourism-culture${lang === 'en' ? '&lang=en' : ''}`, { viewport: { width: 1440, height: 900 } });
    await a.page.getByTestId('agreement-panel').waitFor();
    await a.page.locator('[data-testid="agreement-panel"] .others').scrollIntoViewIfNeeded();
    await a.page.screenshot({ path: join(out, `lists-${lang}-others.png`) });
    await a.page.getByTestId('search-input').fill(lang === 'zh' ? '大足' : 'Dazu');
    await a.page.waitForTimeout(400);
    await a.page.getByTestId('agreement-results').scrollIntoViewIfNeeded();
    await a.page.screenshot({ path: join(out, `lists-${lang}-search.png`) });
    await a.close();
    const p = await open(`?mode=network${lang === 'en' ? '&lang=en' : ''}`, { viewport: { width: 390, height: 844 } });
    await p.page.getByTestId('network-panel').scrollIntoViewIfNeeded();
    await p.page.screenshot({ path: join(out, `lists-${lang}-network-phone.png`) });
    await p.close();
  }
});
