import { apiAccountOf, createUser } from '../../support/demo.ts';
import { expect, logIn, test } from '../fixtures.ts';
import { memberRow } from './settings-helpers.ts';

// The audit log reads as words: field labels, role names, people's names, never raw keys.
test('the audit log names fields and values in words', async ({ page, sql }) => {
  const support = await apiAccountOf(sql, 'Support');
  const member = await createUser(sql, { teamId: support.teamId, role: 'agent' });
  const name = (await sql<{ name: string }[]>`SELECT name FROM profile WHERE id = ${member.id}`)[0]?.name ?? '';
  try {
    await logIn(page, 'super@parley.demo');
    await page.goto(`/settings/members?team=${support.teamId}`);
    const role = memberRow(page, name).getByLabel(`Role of ${name}`);
    await role.selectOption({ label: 'Supervisor' });
    await expect.poll(async () => (await sql`SELECT role FROM team_member WHERE user_id = ${member.id}`)[0]?.role).toBe('supervisor');

    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Audit log' }).click();
    const row = page.getByTestId('audit-row').filter({ hasText: name }).first();
    await expect(row).toContainText('changed the role of a member');
    await expect(row.locator('dt')).toHaveText(['Role']);
    await expect(row.locator('dd')).toContainText(/Agent.*Supervisor/);
    // Raw keys and values were shown before ("userId", "agent", "supervisor").
    await expect(row).not.toContainText(/userId|\bagent\b|\bsupervisor\b/);
  } finally {
    await sql`DELETE FROM team_member WHERE user_id = ${member.id}`;
  }
});
