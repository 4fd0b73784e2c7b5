import { createUser } from '../../support/demo.ts';
import { expect, logIn, test } from '../fixtures.ts';
import { addMemberInUi, memberRow, openAs } from './settings-helpers.ts';

// ORG-7 and ORG-8: a team's admin adds someone to their team and removes them; the removed
// member's open Player empties at once, without a reload, and they can be added again.
test('removing a member empties their open Player live', async ({ page, browser, stack, sql }) => {
  const fresh = await createUser(sql);
  const [profile] = await sql<{ name: string }[]>`SELECT name FROM profile WHERE id = ${fresh.id}`;
  const name = profile!.name;

  await logIn(page, 'admin.support@parley.demo');
  await addMemberInUi(page, { teamLabel: 'Northwind Support', userName: name, role: 'Agent' });

  const member = await openAs(browser, stack.url, fresh.email, fresh.password);
  const player = member.page.getByRole('list', { name: 'Player' });
  await expect(player.locator('li[data-message-id]').first()).toBeVisible();

  const row = memberRow(page, name);
  await row.getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: `Remove ${name} from Northwind Support?` });
  await expect(dialog).toContainText('add them again');
  await dialog.getByRole('button', { name: 'Remove member' }).click();
  await expect(row).toHaveCount(0);

  // No reload: their list empties and the page says why.
  await expect(player.locator('li[data-message-id]')).toHaveCount(0);
  await expect(member.page.getByRole('heading', { name: 'You are not in any team yet' })).toBeVisible();

  // Removed members can be added again.
  await addMemberInUi(page, { teamLabel: 'Northwind Support', userName: name, role: 'Supervisor' });
  await expect(member.page.getByRole('list', { name: 'Player' }).locator('li[data-message-id]').first()).toBeVisible();
  await member.context.close();
});
