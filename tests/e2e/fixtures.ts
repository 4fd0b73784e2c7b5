import { test as base, expect, type Page } from '@playwright/test';
import postgres from 'postgres';
import { sharedStackFromEnv, type StackInfo } from '../support/test-stack.ts';
import { DEMO_PASSWORD } from '../support/zero-client.ts';

type Fixtures = { stack: StackInfo; sql: postgres.Sql };

export const test = base.extend<Fixtures, { workerStack: StackInfo; workerSql: postgres.Sql }>({
  workerStack: [
    async ({}, use) => {
      const stack = sharedStackFromEnv();
      if (!stack) throw new Error('PARLEY_TEST_STACK is not set; run through `npm test` or `npx playwright test`.');
      await use(stack);
    },
    { scope: 'worker' },
  ],
  workerSql: [
    async ({ workerStack }, use) => {
      const sql = postgres(workerStack.databaseUrl, { max: 2, onnotice: () => {} });
      await use(sql);
      await sql.end();
    },
    { scope: 'worker' },
  ],
  stack: async ({ workerStack }, use) => use(workerStack),
  sql: async ({ workerSql }, use) => use(workerSql),
  baseURL: async ({ workerStack }, use) => use(workerStack.url),
});

export { expect };

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: /log in|sign in/i }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
