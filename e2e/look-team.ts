// Screenshots of team mode, for a person to look at: `npm run build && npx tsx e2e/look-team.ts [out-dir]`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPgliteDir } from '../server/testing/pglite-template';
import { startServerProcess } from '../server/testing/process';
import { launch, openAtlas, ROOT } from './driver';

const out = process.argv[2] ?? join(ROOT, 'e2e/out');
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'atlas-team-look-'));
await freshPgliteDir(join(dir, 'pglite'));
const server = await startServerProcess({ TEAM_TOKEN: 'look-team-token-0123456789', TEAM_DATA: dir });
const browser = await launch();
try {
  const { page } = await openAtlas(browser, `${server.url}/`, { viewport: { width: 1440, height: 900 } });
  await page.getByTestId('team-indicator').click();
  await page.getByTestId('team-name').fill('规划处 张工');
  await page.getByTestId('team-token').fill('look-team-token-0123456789');
  await page.screenshot({ path: join(out, 'team-settings.png') });
  await page.getByTestId('team-save').click();
  await page.getByTestId('add-article-open').click();
  await page.getByTestId('article-text').fill(readFileSync(join(ROOT, 'e2e/fixtures/local-article.txt'), 'utf8'));
  await page.getByTestId('article-title').fill('川渝毗邻地区再添合作新成果');
  await page.getByTestId('article-newspaper').fill('重庆日报');
  await page.screenshot({ path: join(out, 'team-add-form.png') });
  await page.getByTestId('read-article').click();
  await page.getByTestId('article-review').waitFor();
  while ((await page.getByTestId('accept').count()) > 0) await page.getByTestId('accept').first().click();
  await page.getByTestId('save-article').click();
  await page.getByTestId('add-article-message').waitFor();
  await page.screenshot({ path: join(out, 'team-saved.png') });
  await page.getByTestId('add-article-close').click();
  await page.getByTestId('search-input').fill('潼南');
  await page.getByRole('option', { name: /潼南区/ }).first().click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(out, 'team-card.png') });
  const id = await page.locator('[data-testid="agreement-card"]').filter({ has: page.getByTestId('team-by') }).first().getAttribute('data-id');
  // A planner with no name or token yet: asked in the review itself, on a desktop and on a phone.
  for (const [size, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    const c = await openAtlas(browser, `${server.url}/`, { viewport });
    await c.page.getByTestId('add-article-open').click();
    await c.page.getByTestId('article-text').fill('大足荣昌签署文旅协议\n\n本报讯 3月5日，大足区与荣昌区签署文旅合作框架协议，双方将共建巴蜀文化旅游走廊。');
    await c.page.getByTestId('read-article').click();
    await c.page.getByTestId('proposal').first().getByTestId('accept').click();
    await c.page.getByTestId('save-article').click();
    await c.page.getByTestId('add-article-error').waitFor();
    await c.page.screenshot({ path: join(out, `team-review-identity-${size}.png`) });
    await c.context.close();
  }
  const b = await openAtlas(browser, `${server.url}/?v=1&sel=a:${id}`, { viewport: { width: 1440, height: 900 } });
  await b.page.getByTestId('agreement-panel').waitFor();
  await b.page.screenshot({ path: join(out, 'team-colleague.png') });
  console.log('errors:', b.errors, 'outside:', b.outside);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
