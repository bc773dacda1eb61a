// Screenshots of the review's suggested sentences (sentences the model finds may state an agreement
// where nothing is proposed), for a person to look at: `npm run build && npx tsx e2e/look-suggestions.ts
// [out-dir]`. Seed article 003 pasted whole, at 1440×900 and on a phone, in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookAt } from './driver';

const ARTICLE = readFileSync(join(import.meta.dirname, '../seeds/003_570e254de6a8603d.txt'), 'utf8');

await lookAt(async ({ out, open }) => {
  for (const [size, viewport, touch] of [
    ['desktop', { width: 1440, height: 900 }, false],
    ['phone', { width: 390, height: 844 }, true],
  ] as const) {
    for (const lang of ['zh', 'en'] as const) {
      const { page } = await open(lang === 'en' ? '?lang=en' : '', { viewport, touch });
      const shot = (name: string) => page.screenshot({ path: join(out, `${size}-${lang}-${name}.png`) });
      await page.getByTestId('add-article-open').click();
      await page.getByTestId('article-text').fill(ARTICLE);
      await page.getByTestId('article-date').fill('2021-05-28');
      await page.getByTestId('read-article').click();
      await page.getByTestId('article-review').waitFor();
      await shot('1-review-top');
      const list = page.getByTestId('suggestions');
      await list.scrollIntoViewIfNeeded();
      await shot('2-suggestions');
      await list.getByTestId('suggestion').first().getByRole('button').last().click();
      await page.waitForTimeout(300);
      await shot('3-shown-in-text');
    }
  }
});
