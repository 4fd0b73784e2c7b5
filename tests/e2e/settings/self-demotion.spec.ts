import { apiAccountOf, createUser } from '../../support/demo.ts';
import { expect, test } from '../fixtures.ts';
import { memberRow, openAs } from './settings-helpers.ts';

// A team admin who takes their own admin role loses Settings at once: the app asks first,
// saying so, and nothing changes until they confirm.
test('a team admin is asked before demoting themselves, and told what they lose', async ({ browser, stack, sql }) => {
  const support = await apiAccountOf(sql, 'Support');
  // A second admin of Support, so the team keeps one after the demotion.
  const admin = await createUser(sql, { teamId: support.teamId, role: 'admin' });
  const name = (await sql<{ name: string }[]>`SELECT name FROM profile WHERE id = ${admin.id}`)[0]?.name ?? '';
  const roleOf = async () => (await sql<{ role: string }[]>`SELECT role FROM team_member WHERE user_id = ${admin.id}`)[0]?.role;
  const { context, page } = await openAs(browser, stack.url, admin.email, admin.password);
  try {
    await page.goto('/settings/members');
    const role = memberRow(page, name).getByLabel(`Role of ${name}`);

    await role.selectOption({ label: 'Agent' });
    const dialog = page.getByRole('dialog', { name: /^Make yourself an agent of / });
    await expect(dialog).toContainText('You will no longer be able to manage this team’s accounts and members');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(role).toHaveValue('admin');
    expect(await roleOf()).toBe('admin');

    await role.selectOption({ label: 'Agent' });
    await dialog.getByRole('button', { name: 'Become agent' }).click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(roleOf).toBe('agent');
    // Settings is gone for them at once.
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' })).toHaveCount(0);
  } finally {
    await context.close();
    await sql`DELETE FROM team_member WHERE user_id = ${admin.id}`;
  }
});
