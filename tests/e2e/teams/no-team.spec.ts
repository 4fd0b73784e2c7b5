import { expect, logIn, test } from '../fixtures.ts';

// ORG-8: a user in no team sees an empty home that says why and whom to ask.
test('a user in no team sees why the home is empty and whom to ask', async ({ page }) => {
  await logIn(page, 'nobody@parley.demo');
  await expect(page.getByRole('heading', { name: 'You are not in any team yet' })).toBeVisible();
  await expect(page.getByText(/superadmin|team admin/i).first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Player' })).toHaveCount(0);
});
