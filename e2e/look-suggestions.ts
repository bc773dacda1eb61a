// Screenshots of the review's suggested sentences (sentences the model finds may state an agreement
// where nothing is proposed), for a person to look at: `npm run build && npx tsx e2e/look-suggestions.ts
// [out-dir]`. Seed article 003 pasted whole, at 1440×900 and on a phone, in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inEachView, lookAt } from './driver';

const ARTICLE = readFileSync(join(import.meta.dirname, '../seeds/003_570e254de6a8603d.txt'), 'utf8');

await lookAt(({ out, open }) =>
  inEachView(open, out, async (page, shot) => {
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
  }),
);
