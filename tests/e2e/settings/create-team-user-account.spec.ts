import { expect, logIn, test } from '../fixtures.ts';
import { addMemberInUi, createTeamInUi, createUserInUi, openAs, uniqueSuffix } from './settings-helpers.ts';

// ORG-1, ORG-2, ORG-3, ORG-6, ORG-7 through the browser: a superadmin sets up a new team from
// nothing, and its first member sees it as soon as they log in.
test('a superadmin creates a team, a user, a membership and an account; the new member sees them', async ({
  page,
  browser,
  stack,
}) => {
  const s = uniqueSuffix();
  const team = { name: `Team ${s}`, displayName: `Returns desk ${s}`, description: 'Created by a browser test.' };
  const user = { email: `member-${s}@parley.test`, name: `Member ${s}`, password: 'a-good-password' };
  const accountName = `Returns API ${s}`;

  await logIn(page, 'super@parley.demo');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' })).toBeVisible();
  await createTeamInUi(page, team);
  await expect(page.getByText(/cannot be edited or deleted once created/i)).toBeVisible();

  // Bad input is refused next to its field before anything is sent.
  await page.goto('/settings/users');
  const form = page.getByRole('region', { name: 'Create a user' });
  await form.getByLabel('Email').fill(user.email);
  await form.getByLabel('Password').fill('short12');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText('Give the user a name.')).toBeVisible();
  await expect(form.getByText('A password needs at least 8 characters.')).toBeVisible();
  await expect(form.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');

  await createUserInUi(page, user);
  await addMemberInUi(page, { teamLabel: team.displayName, userName: user.name, role: 'Agent' });

  await page.goto('/settings/accounts');
  const add = page.getByRole('region', { name: 'Add an account' });
  await add.getByLabel('Team', { exact: true }).selectOption({ label: team.displayName });
  await add.getByLabel('Platform').selectOption({ label: 'API' });
  await add.getByLabel('Account name').fill(accountName);
  await add.getByLabel('Handle').fill(`@returns_${s}`);
  await add.getByRole('button', { name: 'Add account' }).click();
  const account = page.getByRole('list', { name: 'Accounts' }).getByRole('listitem', { name: accountName });
  await expect(account).toBeVisible();
  await expect(account).toContainText(team.displayName);
  await expect(account.getByTestId('connection-state')).toHaveText('Not connected yet');

  // Connecting changes the state live, whatever the platform answers.
  await account.getByRole('button', { name: 'Connect' }).click();
  await expect(account.getByTestId('connection-state')).not.toHaveText('Not connected yet');

  // The new member logs in at their own browser: their team and its account are there.
  const member = await openAs(browser, stack.url, user.email, user.password);
  await expect(member.page.getByRole('list', { name: 'Your teams' })).toContainText(team.displayName);
  await expect(member.page.getByRole('list', { name: 'Your accounts' })).toContainText(accountName);
  await expect(member.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await member.context.close();
});
