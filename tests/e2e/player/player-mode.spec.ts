import { expect, logIn, test } from '../fixtures.ts';
import { openAs } from '../settings/settings-helpers.ts';

// Settings offer only what is built: no Inbox Zero or Gamification, no image switch, no
// approvals, macros or VIP emails described. A mode already stored still reaches the Player.
test('Settings offer only what exists', async ({ page }) => {
  await logIn(page, 'super@parley.demo');
  await page.goto('/settings/configuration');
  await expect(page.getByLabel('Account quota')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByText(/Inbox Zero|Gamification|Images in replies|image editor/i)).toHaveCount(0);

  await page.goto('/settings/accounts');
  await expect(page.getByRole('button', { name: 'Add account' })).toBeVisible();
  await expect(page.getByText(/two-step|approval/i)).toHaveCount(0);

  await page.goto('/settings/members');
  await expect(page.getByRole('heading', { name: 'Members and roles', level: 1 })).toBeVisible();
  await expect(page.getByText(/approve|macro/i)).toHaveCount(0);

  await page.goto('/settings/customer-types');
  await expect(page.getByRole('heading', { name: 'Customer types', level: 1 })).toBeVisible();
  await expect(page.getByText(/warning email/i)).toHaveCount(0);
});

test('a Player mode stored before it was offered reaches an open Player at once, in words', async ({ browser, stack, sql }) => {
  const agent = await openAs(browser, stack.url, 'agent.support@parley.demo');
  const notice = agent.page.getByTestId('player-mode-notice');
  await expect(agent.page.getByRole('list', { name: 'Player' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  try {
    await sql`UPDATE app_config SET player_mode = 'inbox_zero' WHERE id = 'global'`;
    await expect(notice).toContainText('Inbox Zero');
  } finally {
    await sql`UPDATE app_config SET player_mode = 'normal' WHERE id = 'global'`;
  }
  await expect(notice).toHaveCount(0);
  await agent.context.close();
});
