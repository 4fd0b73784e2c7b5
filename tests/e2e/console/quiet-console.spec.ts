import { expect, logIn, test } from '../fixtures.ts';

// A sign-in and a refusal the app expects (and explains) are not errors: the browser console
// stays free of error lines and failed requests, so a real failure stands out.
test('signing in and an expected refusal leave the browser console without errors', async ({ page, sql }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`));

  const [before] = await sql<{ quota: number; inUse: number }[]>`
    SELECT (SELECT account_quota FROM app_config WHERE id = 'global') AS quota,
           (SELECT count(*)::int FROM account WHERE deleted_at IS NULL) AS "inUse"`;
  expect(before!.inUse, 'the demo has accounts in use').toBeGreaterThan(0);

  await logIn(page, 'super@parley.demo');
  await expect(page.getByRole('list', { name: 'Player' }).locator('li[data-message-id]').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Configuration' }).click();

  // A quota below the accounts in use: the server refuses, and says why next to the field.
  const quota = page.getByLabel('Account quota');
  await quota.fill(String(before!.inUse - 1));
  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(quota).toHaveAccessibleDescription(/accounts are in use/i);
  await expect(quota).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/^Saved\./)).toHaveCount(0);

  const [after] = await sql<{ quota: number }[]>`SELECT account_quota AS quota FROM app_config WHERE id = 'global'`;
  expect(after!.quota, 'the refused quota was not stored').toBe(before!.quota);
  expect(problems).toEqual([]);
});
