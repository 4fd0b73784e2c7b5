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
