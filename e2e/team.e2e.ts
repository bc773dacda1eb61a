import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApi, type Running } from '../server/testing/harness';
import { freshPglite } from '../server/testing/pglite-template';
import { launch, openAtlas, ROOT, type AtlasPage } from './driver';

/**
 * Two planners on one team server (`npm run team`): A adds an article in the browser and accepts
 * its agreements; B, in another browser, opens A's link to one of them and sees it, with A's name.
 * Markup in what A typed stays text on B's screen.
 */
const TOKEN = 'e2e-team-token-0123456789';
const FIXTURE = readFileSync(join(ROOT, 'e2e/fixtures/local-article.txt'), 'utf8');
const NAME = '张工<img src=x onerror="window.__pwned=1">';
const TITLE = '川渝毗邻地区再添合作新成果<script>window.__pwned=2</script>';
const AGRI_QUOTE = '潼南区与安岳县签署了农业合作框架协议';

// The team server in this process (main.ts's own start-up is tested by server/kill.test.ts), over
// a fresh PGlite, serving the build `npm run test:e2e` has just made.
let server: Running;
let browser: Browser;
const opened: AtlasPage[] = [];
beforeAll(async () => {
  [server, browser] = await Promise.all([freshPglite().then((db) => serveApi(db, { dist: join(ROOT, 'dist'), token: TOKEN })), launch()]);
}, 120_000);
afterAll(async () => {
  for (const a of opened) await a.close().catch(() => {});
  await browser?.close();
  await server?.close();
  await server?.store.close();
});

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

describe('the team atlas', () => {
  it('A adds an article on the team server; B opens A’s link to one of its agreements and sees it with A’s name, markup inert', async () => {
    const a = await openAtlas(browser, `${server.url}/`);
    opened.push(a);
    const pageA = a.page;
    const indicator = pageA.getByTestId('team-indicator');
    expect(await indicator.innerText()).toContain('团队 · 请署名');

    await indicator.click();
    // Each label sits above its field, the token's too (not run on after the name's input).
    const box = async (field: string, part: 'input' | 'label') => {
      const input = pageA.getByTestId(field);
      const rects = await (part === 'input' ? input : input.locator('xpath=preceding-sibling::span')).evaluate((el) => [...el.getClientRects()].map((r) => ({ x: r.x, top: r.top, bottom: r.bottom })));
      return { x: Math.min(...rects.map((r) => r.x)), firstX: rects[0]!.x, top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
    };
    for (const field of ['team-name', 'team-token']) {
      const [label, input] = [await box(field, 'label'), await box(field, 'input')];
      expect(label.bottom, field).toBeLessThanOrEqual(input.top + 1);
      expect(Math.abs(label.firstX - input.x), field).toBeLessThan(4);
    }
    expect((await box('team-token', 'label')).top).toBeGreaterThanOrEqual((await box('team-name', 'input')).bottom - 1);
    await pageA.getByTestId('team-name').fill(NAME);
    await pageA.getByTestId('team-token').fill(TOKEN);
    await pageA.getByTestId('team-save').click();
    expect(await indicator.innerText()).toContain(NAME);

    await pageA.getByTestId('add-article-open').click();
    await pageA.getByTestId('article-text').fill(FIXTURE);
    await pageA.getByTestId('article-title').fill(TITLE);
    await pageA.getByTestId('article-newspaper').fill('重庆日报');
    await pageA.getByTestId('read-article').click();
    const proposals = pageA.getByTestId('article-review').getByTestId('proposal');
    await proposals.first().waitFor();
    // A gave a name and the token: the review asks for neither.
    expect(await pageA.getByTestId('review-team-name').count()).toBe(0);
    const n = await proposals.count();
    for (let i = 0; i < n; i++) await proposals.nth(i).getByTestId('accept').click();
    await pageA.getByTestId('save-article').click();
    await expect.poll(() => pageA.getByTestId('add-article-message').textContent(), { timeout: 30_000 }).toContain('已保存到团队服务器');
    expect(await pageA.getByTestId('local-article').innerText()).toContain(`${NAME} 添加于`);
    await pageA.getByTestId('add-article-close').click();

    // The server keeps what A accepted, in the app's agreement schema, with A's name.
    const kept = (await (await fetch(`${server.url}/api/agreements`)).json()) as { agreements: { id: string; quote: string; added_by: string; reviewed_by: string }[] };
    expect(kept.agreements).toHaveLength(n);
    const agri = kept.agreements.find((x) => x.quote.includes(AGRI_QUOTE))!;
    expect(agri).toMatchObject({ added_by: NAME, reviewed_by: NAME });

    // A opens the agreement and shares the address it shows.
    await pageA.evaluate((id) => {
      const url = new URL(location.href);
      url.searchParams.set('sel', `a:${id}`);
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    }, agri.id);
    await pageA.locator(`[data-testid="agreement-panel"][data-id="${agri.id}"]`).waitFor();
    const link = pageA.url();

    const b = await openAtlas(browser, link);
    opened.push(b);
    const pageB = b.page;
    const panel = pageB.locator(`[data-testid="agreement-panel"][data-id="${agri.id}"]`);
    await panel.waitFor();
    const mark = panel.getByTestId('local-mark');
    expect(await mark.getAttribute('data-team')).toBe('true');
    expect(await mark.innerText()).toContain('团队添加');
    expect(await panel.getByTestId('team-by').innerText()).toContain(NAME);
    expect(await panel.getByTestId('open-source').innerText()).toBe(TITLE);
    expect(await pageB.getByTestId('team-indicator').innerText()).toContain('团队 · 请署名');
    expect(await pageB.getByTestId('link-notice').count()).toBe(0);

    // What A typed as markup is text everywhere: no element made of it, no script run.
    await pageB.waitForTimeout(300);
    for (const p of [pageA, pageB]) {
      expect(await pwned(p)).toBeUndefined();
      expect(await p.locator('img[src="x"], body script').count()).toBe(0);
    }
    for (const x of [a, b]) {
      expect(x.outside, 'requests that tried to leave 127.0.0.1').toEqual([]);
      expect(x.errors).toEqual([]);
    }
  });

  it('a planner who has not given a name or the token gives them in the review: asked once, nothing lost, then saved', async () => {
    const c = await openAtlas(browser, `${server.url}/`);
    opened.push(c);
    const { page } = c;
    await page.getByTestId('add-article-open').click();
    await page.getByTestId('article-text').fill('大足荣昌签署文旅协议\n\n本报讯 3月5日，大足区与荣昌区签署文旅合作框架协议，双方将共建巴蜀文化旅游走廊。');
    await page.getByTestId('article-date').fill('2024-03-06');
    await page.getByTestId('read-article').click();
    const proposal = page.getByTestId('proposal').first();
    await proposal.waitFor();
    await proposal.getByTestId('accept').click();
    // The fields are right there in the review (the header's 团队 button is behind the dialog).
    const name = page.getByTestId('review-team-name');
    const token = page.getByTestId('review-team-token');
    expect(await name.isVisible()).toBe(true);
    expect(await token.isVisible()).toBe(true);
    await page.getByTestId('save-article').click();
    const dialog = page.getByTestId('add-article');
    await expect.poll(() => dialog.locator('.notice').filter({ hasText: '口令' }).count()).toBe(1);
    expect(await dialog.locator('.notice').filter({ hasText: '口令' }).innerText()).not.toContain('页眉');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('review-team-name');
    expect(await proposal.getAttribute('data-decision')).toBe('accepted');

    await name.fill('李工');
    await token.fill(TOKEN);
    await page.getByTestId('save-article').click();
    await expect.poll(() => page.getByTestId('add-article-message').textContent(), { timeout: 30_000 }).toContain('已保存到团队服务器');
    expect(await dialog.locator('.notice.error').count()).toBe(0);
    expect(await page.getByTestId('team-indicator').innerText()).toContain('李工');
    const kept = (await (await fetch(`${server.url}/api/articles`)).json()) as { articles: { title: string; added_by: string }[] };
    expect(kept.articles.find((x) => x.title === '大足荣昌签署文旅协议')?.added_by).toBe('李工');
    expect(c.errors).toEqual([]);
  });
});
