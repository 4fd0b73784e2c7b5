import { expect, logIn, test } from '../fixtures.ts';
import { openAs } from '../settings/settings-helpers.ts';

// PLY-4: the Player reads the mode set in Settings › Configuration, live.
test('a mode saved in Configuration reaches an open Player at once', async ({ page, browser, stack, sql }) => {
  const agent = await openAs(browser, stack.url, 'agent.support@parley.demo');
  const notice = agent.page.getByTestId('player-mode-notice');
  await expect(agent.page.getByRole('list', { name: 'Player' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  try {
    await logIn(page, 'super@parley.demo');
    await page.goto('/settings/configuration');
    await page.getByRole('radio', { name: /Inbox Zero/ }).check();
    await page.getByRole('button', { name: /save/i }).click();
    await expect(page.getByText(/Saved\./)).toBeVisible();

    await expect(notice).toContainText('Inbox Zero');
  } finally {
    await sql`UPDATE app_config SET player_mode = 'normal' WHERE id = 'global'`;
  }
  await expect(notice).toHaveCount(0);
  await agent.context.close();
});
