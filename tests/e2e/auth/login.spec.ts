import { apiAccountOf, createUser } from '../../support/demo.ts';
import { expect, logIn, test } from '../fixtures.ts';

test('a wrong password is refused with an explanation, the right one opens the Player', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Email').fill('agent.support@parley.demo');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: /log in|sign in/i }).click();
  await expect(page.getByRole('alert')).toContainText(/invalid|wrong|incorrect/i);
  await expect(page).toHaveURL(/\/login/);

  await logIn(page, 'agent.support@parley.demo');
  await expect(page.getByRole('list', { name: 'Player' })).toBeVisible();
});

test('logging out returns to the login page and the Player is no longer reachable', async ({ page }) => {
  await logIn(page, 'agent.sales@parley.demo');
  await page.getByRole('button', { name: /log out/i }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

test('after a session ends, a failed attempt shows only its own message', async ({ page, sql }) => {
  const user = await createUser(sql, { teamId: (await apiAccountOf(sql, 'Support')).teamId });
  await logIn(page, user.email, user.password);
  await expect(page.getByRole('list', { name: 'Player' })).toBeVisible();

  // Disabled elsewhere: the open screen ends its session and says so on the login page.
  await sql`UPDATE profile SET disabled_at = now() WHERE id = ${user.id}`;
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText('Your session has ended')).toBeVisible();

  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: /log in/i }).click();
  await expect(page.getByRole('alert')).toContainText(/wrong|disabled/i);
  await expect(page.getByText('Your session has ended')).toHaveCount(0);
});
