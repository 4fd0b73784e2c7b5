import { apiAccountOf, createUser } from '../../support/demo.ts';
import { expect, logIn, test } from '../fixtures.ts';
import { openAs, userRow } from './settings-helpers.ts';

// ORG-6: disabling a user ends their open session at once, and the last active superadmin
// cannot be disabled.
test('disabling a user sends their open browser to the login page', async ({ page, browser, stack, sql }) => {
  const support = await apiAccountOf(sql, 'Support');
  const victim = await createUser(sql, { teamId: support.teamId, role: 'agent' });
  const member = await openAs(browser, stack.url, victim.email, victim.password);
  await expect(member.page.getByRole('list', { name: 'Player' }).locator('li[data-message-id]').first()).toBeVisible();

  await logIn(page, 'super@parley.demo');
  await page.goto('/settings/users');
  const row = userRow(page, victim.email);
  await row.getByRole('button', { name: 'Disable' }).click();
  const dialog = page.getByRole('dialog', { name: /^Disable / });
  await expect(dialog).toContainText('logged out at once');
  await dialog.getByRole('button', { name: 'Disable user' }).click();
  await expect(row).toContainText('Disabled');

  await expect(member.page).toHaveURL(/\/login/, { timeout: 20_000 });
  await expect(member.page.getByRole('list', { name: 'Player' })).toHaveCount(0);

  // They cannot log back in; enabling lets them.
  await member.page.getByLabel('Email').fill(victim.email);
  await member.page.getByLabel('Password').fill(victim.password);
  await member.page.getByRole('button', { name: /log in/i }).click();
  await expect(member.page.getByRole('alert')).toBeVisible();
  await expect(member.page).toHaveURL(/\/login/);

  await row.getByRole('button', { name: 'Enable' }).click();
  await page.getByRole('dialog', { name: /^Enable / }).getByRole('button', { name: 'Enable user' }).click();
  await expect(row).not.toContainText('Disabled');
  await member.context.close();
});

test('the last active superadmin cannot be disabled: the refusal is shown and nothing changes', async ({ page, sql }) => {
  const superadmins = await sql`SELECT id FROM profile WHERE is_superadmin AND disabled_at IS NULL`;
  expect(superadmins, 'the demo has exactly one active superadmin').toHaveLength(1);

  await logIn(page, 'super@parley.demo');
  await page.goto('/settings/users');
  const row = userRow(page, 'super@parley.demo');
  await row.getByRole('button', { name: 'Disable' }).click();
  const dialog = page.getByRole('dialog', { name: /^Disable / });
  await dialog.getByRole('button', { name: 'Disable user' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/superadmin/i);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).not.toContainText('Disabled');
  await expect(row).toContainText('Superadmin');

  // Nor demoted: here the refusal names the rule itself.
  await row.getByRole('button', { name: 'Remove superadmin' }).click();
  const demote = page.getByRole('dialog', { name: /^Remove superadmin/ });
  await demote.getByRole('button', { name: 'Remove superadmin' }).click();
  await expect(demote.getByRole('alert')).toContainText(/last active superadmin/i);
  await page.keyboard.press('Escape');
  await expect(demote).toHaveCount(0);
  await expect(row).toContainText('Superadmin');

  const [still] = await sql<{ disabled_at: Date | null; is_superadmin: boolean }[]>`
    SELECT disabled_at, is_superadmin FROM profile WHERE email = 'super@parley.demo'`;
  expect(still?.disabled_at).toBeNull();
  expect(still?.is_superadmin).toBe(true);
  // Still logged in and working.
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible();
});
