import { describe, expect, it } from 'vitest';
import { guardOffline, serverAndBrowser, waitForMapReady } from './driver';

const h = serverAndBrowser();

type Probe = { __violations: string[]; __inlineRan?: boolean };
const violations = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as Probe).__violations);

describe('Content-Security-Policy of the production build', () => {
  it('lets the whole app run with no violation, and refuses injected inline script and outside hosts', async () => {
    const context = await h.browser.newContext();
    const outside = await guardOffline(context);
    const page = await context.newPage();
    const paths: string[] = [];
    page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    // Registered before any page script, so a violation during load is seen too.
    await page.addInitScript(() => {
      (window as unknown as Probe).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as Probe).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(h.server.url);
    await waitForMapReady(page);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("default-src 'self'");
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toContain('unsafe-inline');
    expect(await violations(page)).toEqual([]);
    // The static build has no team mode: no API request, no team code fetched (docs/team.md).
    expect(paths.filter((p) => p.startsWith('/api/') || /team/i.test(p))).toEqual([]);
    expect(paths.length).toBeGreaterThan(5);

    const outcome = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.appendChild(s);
      let fetched = 'yes';
      await fetch('https://example.com/x').catch(() => (fetched = 'refused'));
      return { ran: (window as unknown as Probe).__inlineRan === true, fetched };
    });
    expect(outcome).toEqual({ ran: false, fetched: 'refused' });
    // Violation reports are queued as tasks: wait for them rather than read too early.
    await expect.poll(async () => (await violations(page)).map((v) => v.split(' ')[0]).sort()).toEqual(['connect-src', 'script-src-elem']);
    // Refused by the policy before any request was made: the offline guard saw nothing.
    expect(outside).toEqual([]);
    await context.close();
  });
});
