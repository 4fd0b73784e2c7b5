import type { Browser, Page } from '@playwright/test';
import { expect, logIn } from '../fixtures.ts';

/** The stack is shared by every spec (and by other runs): every name a spec creates is unique. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A second person at their own browser: a fresh context, logged in. */
export async function openAs(browser: Browser, baseURL: string, email: string, password?: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await logIn(page, email, password);
  return { context, page };
}

export async function createTeamInUi(page: Page, team: { name: string; displayName: string; description?: string }) {
  await page.goto('/settings/teams');
  await page.getByLabel('Name', { exact: true }).fill(team.name);
  await page.getByLabel('Display name').fill(team.displayName);
  await page.getByLabel('Description').fill(team.description ?? '');
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByRole('table', { name: 'Teams' }).getByRole('row').filter({ hasText: team.displayName })).toBeVisible();
}

export async function createUserInUi(page: Page, user: { email: string; name: string; password: string }) {
  await page.goto('/settings/users');
  const form = page.getByRole('region', { name: 'Create a user' });
  await form.getByLabel('Email').fill(user.email);
  await form.getByLabel('Name', { exact: true }).fill(user.name);
  await form.getByLabel('Password').fill(user.password);
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(userRow(page, user.email)).toBeVisible();
}

export function userRow(page: Page, email: string) {
  return page.getByRole('table', { name: 'Users' }).getByTestId('user-row').filter({ hasText: email });
}

/** Members and roles: picks the team, then adds the user with a role. */
export async function addMemberInUi(page: Page, opts: { teamLabel: string; userName: string; role: 'Agent' | 'Supervisor' | 'Admin' }) {
  await page.goto('/settings/members');
  await page.getByLabel('Team', { exact: true }).selectOption({ label: opts.teamLabel });
  const form = page.getByRole('region', { name: `Add a member to ${opts.teamLabel}` });
  const user = form.getByLabel('User', { exact: true });
  const option = user.locator('option', { hasText: opts.userName });
  await expect(option).toHaveCount(1);
  await user.selectOption((await option.getAttribute('value')) ?? '');
  await form.getByLabel('Role', { exact: true }).selectOption({ label: opts.role });
  await form.getByRole('button', { name: 'Add member' }).click();
  await expect(memberRow(page, opts.userName)).toBeVisible();
}

export function memberRow(page: Page, userName: string) {
  return page.getByTestId('member-row').filter({ hasText: userName });
}
