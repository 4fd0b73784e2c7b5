import { expect, logIn, test } from '../fixtures.ts';

// Issue 6, item 9: the Content-Security-Policy must not break the app it protects. The page
// records every violation; logging in, syncing the Player over /zero and opening Settings
// must cause none.
test('the app runs under its Content-Security-Policy with no violation, syncing through /zero', async ({ page }) => {
  // As source text: this runs in the page, and the test's TypeScript has no DOM types.
  await page.addInitScript({
    content: `window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  });
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));

  const response = await page.goto('/login');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await logIn(page, 'super@parley.demo');
  await expect(page.getByRole('list', { name: 'Player' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const origin = new URL(page.url()).host;
  expect(sockets.length).toBeGreaterThan(0);
  for (const url of sockets) expect(url).toMatch(new RegExp(`^ws://${origin}/zero/sync/`));
  expect(await page.evaluate('window.cspViolations')).toEqual([]);
});
