import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, logIn, test } from '../fixtures.ts';
import { uniqueSuffix } from '../settings/settings-helpers.ts';

/** Product rule ids ("PLY-1", "ORG-4") belong in the code, never on a screen. */
const RULE_ID = /\b(PLY|ORG|MSG|TIC|TAX|PIX|MAC|REP|CUS)-\d+\b/;

/** Settings sections of a superadmin, with the heading each page opens with. */
const settingsPages: readonly [path: string, heading: string][] = [
  ['teams', 'Teams'],
  ['users', 'Users'],
  ['members', 'Members and roles'],
  ['accounts', 'Accounts'],
  ['categories', 'Categories'],
  ['tags', 'Tags'],
  ['customer-types', 'Customer types'],
  ['genders', 'Genders'],
  ['configuration', 'Configuration'],
  ['audit', 'Audit log'],
];

/** No serious or critical axe violation, and no rule id in the text people read. */
async function expectAccessible(page: Page, what: string) {
  // Loaded first: a spinner is accessible, the page behind it is what counts.
  await expect(page.locator('.loading-state')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${what}: serious or critical axe violations`).toEqual([]);
  await expect(page.locator('body'), `${what}: rule ids on screen`).not.toContainText(RULE_ID);
}

test('the login page has no serious accessibility problem', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expectAccessible(page, 'login');
});

test('the Player and an open conversation have no serious accessibility problem', async ({ page }) => {
  await logIn(page, 'agent.support@parley.demo');
  const items = page.getByRole('list', { name: 'Player' }).locator('li[data-message-id]');
  await expect(items.first()).toBeVisible();
  await expectAccessible(page, 'Player');

  // One conversation on an account that can send (the reply box), one that cannot (the notice).
  const onAccount = (name: string) => items.filter({ has: page.locator('.player-item__account', { hasText: name }) });
  await onAccount('Northwind Help').first().click();
  const conversation = page.getByRole('region', { name: 'Conversation' });
  await expect(conversation.getByLabel('Reply')).toBeVisible();
  await expectAccessible(page, 'conversation on an API account');

  await onAccount('Northwind on X').first().click();
  await expect(conversation.getByTestId('reply-unavailable')).toBeVisible();
  await expectAccessible(page, 'conversation on an X account');
});

test('every Settings page has no serious accessibility problem', async ({ page }) => {
  await logIn(page, 'super@parley.demo');
  // Something in the audit log, so its rows are checked too.
  await page.goto('/settings/tags');
  await page.getByLabel('Name', { exact: true }).fill(`Axe ${uniqueSuffix()}`);
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByText(/Axe /).first()).toBeVisible();

  for (const [path, heading] of settingsPages) {
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: heading }).click();
    await expect(page).toHaveURL(new RegExp(`/settings/${path}$`));
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    if (path === 'audit') await expect(page.getByTestId('audit-row').first()).toBeVisible();
    await expectAccessible(page, `Settings › ${heading}`);
  }
});

test('the home of a user in no team has no serious accessibility problem', async ({ page }) => {
  await logIn(page, 'nobody@parley.demo');
  await expect(page.getByRole('heading', { name: 'You are not in any team yet' })).toBeVisible();
  await expectAccessible(page, 'no-team home');
});
