import { expect, logIn, test } from '../fixtures.ts';

// The role matrix in the UI: agents and supervisors have no Settings at all; team admins
// see only their team's sections.
test('an agent has no Settings link and any settings address says there is no access', async ({ page }) => {
  await logIn(page, 'agent.support@parley.demo');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Player' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' })).toHaveCount(0);
  for (const path of ['/settings', '/settings/users', '/settings/accounts', '/settings/members']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: "You don't have access to settings" })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Settings' })).toHaveCount(0);
  }
});

test('a team admin sees only members, accounts and the audit log', async ({ page }) => {
  await logIn(page, 'admin.support@parley.demo');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const nav = page.getByRole('navigation', { name: 'Settings' });
  await expect(nav.getByRole('link')).toHaveText(['Members and roles', 'Accounts', 'Audit log']);
  await expect(page.getByRole('heading', { name: 'Members and roles', level: 1 })).toBeVisible();
  await page.goto('/settings/users');
  await expect(page.getByRole('heading', { name: 'Users: superadmins only' })).toBeVisible();
});
