/**
 * The search from the keyboard and by prefecture names, in both languages at a desktop size:
 * `npx tsx e2e/look-search.ts /tmp/out`.
 */
import { join } from 'node:path';
import { lookAt } from './driver';

await lookAt(async ({ out, open }) => {
  for (const lang of ['zh', 'en'] as const) {
    const a = await open(lang === 'en' ? '?lang=en' : '', { viewport: { width: 1440, height: 900 } });
    const search = a.page.getByTestId('search-input');
    for (const q of ['dazu', 'Mianyang', 'Meishan', 'Chengdu']) {
      await search.fill(q);
      await a.page.waitForTimeout(300);
      await a.page.screenshot({ path: join(out, `search-${lang}-${q}.png`) });
      const options = await a.page.locator('#search-results [role="option"]').evaluateAll((els) => els.slice(0, 8).map((e) => `${e.getAttribute('data-code') ?? e.getAttribute('data-id')} ${(e as HTMLElement).innerText.replace(/\n/g, ' ')}`));
      console.log(lang, q, options);
    }
    await search.fill('dazu');
    await a.page.waitForTimeout(300);
    await search.press('ArrowDown');
    await a.page.screenshot({ path: join(out, `search-${lang}-arrow.png`) });
    await search.press('Enter');
    await a.page.waitForTimeout(800);
    await a.page.screenshot({ path: join(out, `search-${lang}-enter.png`) });
    console.log(lang, 'focus', await a.page.evaluate(() => `${document.activeElement?.tagName} ${(document.activeElement as HTMLElement)?.innerText}`));
    await a.close();
  }
});
