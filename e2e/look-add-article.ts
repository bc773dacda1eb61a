// Screenshots of adding an article, for a person to look at: `npx tsx e2e/look-add-article.ts [out-dir]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookAt, ROOT } from './driver';

await lookAt(async ({ out, open }) => {
  const a = await open();
  const { page } = a;
  await page.getByTestId('add-article-open').click();
  await page.getByTestId('article-text').fill(readFileSync(join(ROOT, 'e2e/fixtures/local-article.txt'), 'utf8'));
  await page.getByTestId('article-title').fill('川渝毗邻地区再添合作新成果');
  await page.getByTestId('article-newspaper').fill('重庆日报');
  await page.getByTestId('article-note').fill('规划处 张工 添加');
  await page.screenshot({ path: join(out, 'add-form.png') });
  await page.getByTestId('read-article').click();
  await page.getByTestId('article-review').waitFor();
  await page.screenshot({ path: join(out, 'add-review.png') });
  const second = page.getByTestId('proposal').nth(1);
  await second.getByTestId('change-party').nth(1).click();
  await second.getByTestId('place-picker-input').fill('lezhi');
  await page.screenshot({ path: join(out, 'add-picker.png') });
  await second.getByTestId('place-picker-hit').first().click();
  while ((await page.getByTestId('accept').count()) > 0) await page.getByTestId('accept').first().click();
  await page.getByTestId('save-article').click();
  await page.getByTestId('add-article-message').waitFor();
  await page.screenshot({ path: join(out, 'add-saved.png') });
  await page.getByTestId('add-article-close').click();
  await page.getByTestId('search-input').fill('乐至');
  await page.getByRole('button', { name: /乐至县/ }).first().click();
  await page.waitForTimeout(1500);
  console.log(await page.getByTestId('district-panel').innerText().catch(() => 'no panel'));
  console.log(await page.evaluate(() => document.querySelectorAll('[data-testid=local-mark]').length));
  await page.screenshot({ path: join(out, 'add-card.png') });
});
