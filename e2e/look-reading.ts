// Screenshots of issue 22's views at 1440×900 and 390×844, for a person to look at:
// `npx tsx e2e/look-reading.ts [out-dir]` (the e2e tests check the same views without pictures).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clickDistrictLabel, jumpAndSettle, lookAt, ROOT, settle } from './driver';

const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };

await lookAt(async ({ out, open }) => {
  for (const [name, viewport] of Object.entries(SIZES)) {
    const a = await open('', { viewport });
    const { page } = a;
    await settle(page);
    await page.screenshot({ path: join(out, `reading-controls-${name}.png`) });
    await clickDistrictLabel(page);
    await page.getByTestId('agreement-card').filter({ hasText: '大足与四川眉山签署' }).getByTestId('open-source').click();
    await page.getByTestId('source-reader').waitFor();
    await settle(page);
    await page.screenshot({ path: join(out, `reading-reader-${name}.png`) });
    await page.getByTestId('source-reader').getByRole('button', { name: /关闭原文/ }).click();
    await page.getByTestId('district-panel').getByRole('button', { name: /关闭/ }).first().click();
    await jumpAndSettle(page, [105.74, 29.7], 9);
    await page.screenshot({ path: join(out, `reading-links-z9-${name}.png`) });
    await jumpAndSettle(page, [104.08, 30.45], 8);
    await page.screenshot({ path: join(out, `reading-shared-chengdu-${name}.png`) });
    await jumpAndSettle(page, [107.15, 30.13], 8);
    await page.screenshot({ path: join(out, `reading-shared-chongqing-${name}.png`) });
    await page.getByTestId('search-input').fill('郑渝');
    await page.getByTestId('project-results').getByRole('option').first().click();
    await page.getByTestId('feature-panel').waitFor();
    await settle(page);
    await page.screenshot({ path: join(out, `reading-shared-panel-${name}.png`) });
    await page.getByTestId('feature-panel').getByRole('button', { name: /关闭/ }).first().click();
    await page.getByTestId('add-article-open').click();
    await page.getByTestId('article-text').fill(readFileSync(join(ROOT, 'e2e/fixtures/local-article.txt'), 'utf8'));
    await page.screenshot({ path: join(out, `reading-add-title-${name}.png`) });
    await page.getByTestId('article-text').fill(readFileSync(join(ROOT, 'seeds/000_805a3a0c2883bed2.txt'), 'utf8'));
    await page.getByTestId('read-article').click();
    await page.getByTestId('review-text').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(out, `reading-add-review-${name}.png`) });
  }
});
