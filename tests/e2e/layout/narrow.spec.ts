import type { Page } from '@playwright/test';
import { expect, logIn, test } from '../fixtures.ts';

// A phone held upright: every screen must work from 360 px; 390 px is a common phone.
test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSideScroll(page: Page, what: string) {
  await expect(page.locator('.loading-state')).toHaveCount(0);
  const { scrollWidth, clientWidth } = await page.evaluate<{ scrollWidth: number; clientWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  );
  expect(scrollWidth, `${what} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
  // Behind login, the way out is always whole on screen.
  if (!page.url().includes('/login')) await expect(page.getByRole('button', { name: 'Log out' })).toBeInViewport({ ratio: 1 });
}

const settingsHeadings = [
  'Teams',
  'Users',
  'Members and roles',
  'Accounts',
  'Categories',
  'Tags',
  'Customer types',
  'Genders',
  'Configuration',
  'Audit log',
];

test('at 390 px: the list, then the conversation, and back to the list, never scrolling sideways', async ({ page }) => {
  await logIn(page, 'super@parley.demo');
  const list = page.getByRole('list', { name: 'Player' });
  const item = list.locator('li[data-message-id]').first();
  await expect(item).toBeVisible();
  await expectNoSideScroll(page, 'the Player');

  await item.click();
  const conversation = page.getByRole('region', { name: 'Conversation' });
  await expect(conversation).toBeVisible();
  // One side at a time: the conversation takes the screen.
  await expect(list).toBeHidden();
  await expectNoSideScroll(page, 'the conversation');

  await conversation.getByRole('button', { name: 'Back to the list' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(list).toBeVisible();
  await expect(conversation).toHaveCount(0);
});

test('at 390 px: every Settings page fits the width', async ({ page }) => {
  await logIn(page, 'super@parley.demo');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  for (const heading of settingsHeadings) {
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: heading }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expectNoSideScroll(page, `Settings › ${heading}`);
  }
});

test('at 390 px: the login page and the no-team home fit, and Log out is in sight and works', async ({ page }) => {
  await page.goto('/login');
  await expectNoSideScroll(page, 'the login page');

  await logIn(page, 'nobody@parley.demo');
  await expect(page.getByRole('heading', { name: 'You are not in any team yet' })).toBeVisible();
  await expectNoSideScroll(page, 'the no-team home');

  const logOut = page.getByRole('button', { name: 'Log out' });
  await expect(logOut).toBeInViewport({ ratio: 1 });
  await logOut.click();
  await expect(page).toHaveURL(/\/login/);
});
