import { expect, logIn, test } from '../fixtures.ts';
import { uniqueSuffix } from './settings-helpers.ts';

// TAX-1..4: taxonomies are created, renamed and deleted in Settings; system entries are
// marked and locked, and deleting a category asks about its sub-categories and tickets.
test.beforeEach(async ({ page }) => {
  await logIn(page, 'super@parley.demo');
});

test('tags: create, rename, delete; the sentiment tags are locked', async ({ page }) => {
  const s = uniqueSuffix();
  await page.goto('/settings/tags');
  const list = page.getByRole('list', { name: 'Tags' });
  const positive = list.getByTestId('taxonomy-row').filter({ hasText: 'Positive' });
  await expect(positive).toContainText('System');
  await expect(positive.getByRole('button')).toHaveCount(0);
  await expect(page.getByText(/cannot be renamed or deleted/).first()).toBeVisible();

  // An empty name is refused next to the field.
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByText('Give the tag a name.')).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill(`Tag ${s}`);
  await page.getByRole('button', { name: 'Add tag' }).click();
  const row = list.getByTestId('taxonomy-row').filter({ hasText: `Tag ${s}` });
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: `Rename Tag ${s}` }).click();
  const field = row.getByLabel(/New name of the tag/);
  await field.fill(`Renamed ${s}`);
  await field.press('Enter');
  const renamed = list.getByTestId('taxonomy-row').filter({ hasText: `Renamed ${s}` });
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: `Delete Renamed ${s}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete tag' }).click();
  await expect(renamed).toHaveCount(0);
});

test('genders and customer types: the built-in ones cannot be deleted', async ({ page }) => {
  const s = uniqueSuffix();
  await page.goto('/settings/genders');
  const genders = page.getByRole('list', { name: 'Genders' });
  for (const name of ['Male', 'Female', 'Unknown']) {
    const row = genders.getByTestId('taxonomy-row').filter({ has: page.getByText(name, { exact: true }) });
    await expect(row).toContainText('System');
    await expect(row.getByRole('button', { name: /Delete/ })).toHaveCount(0);
  }
  await page.getByLabel('Name', { exact: true }).fill(`Gender ${s}`);
  await page.getByRole('button', { name: 'Add gender' }).click();
  const added = genders.getByTestId('taxonomy-row').filter({ hasText: `Gender ${s}` });
  await added.getByRole('button', { name: `Delete Gender ${s}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete gender' }).click();
  await expect(added).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Customer types' }).click();
  const vip = page.getByRole('list', { name: 'Customer types' }).getByTestId('taxonomy-row').filter({ hasText: 'VIP' });
  await expect(vip).toContainText('System');
  await expect(vip.getByRole('button')).toHaveCount(0);
});

test('categories: a tree of any depth; deleting a parent asks about its sub-categories', async ({ page }) => {
  const s = uniqueSuffix();
  await page.goto('/settings/categories');
  const form = page.getByRole('region', { name: 'Add a category' });
  const tree = page.getByRole('list', { name: 'Category tree' });
  const rowOf = (name: string) => tree.getByTestId('category-row').filter({ has: page.getByText(name, { exact: true }) });

  await form.getByLabel('Name', { exact: true }).fill(`Billing ${s}`);
  await form.getByRole('button', { name: 'Add category' }).click();
  await expect(rowOf(`Billing ${s}`)).toHaveAttribute('data-depth', '0');

  await form.getByLabel('Name', { exact: true }).fill(`Refunds ${s}`);
  await form.getByLabel('Parent').selectOption({ label: `Billing ${s}` });
  await form.getByRole('button', { name: 'Add category' }).click();
  await expect(rowOf(`Refunds ${s}`)).toHaveAttribute('data-depth', '1');

  // Move it to the top level and back under its parent.
  await rowOf(`Refunds ${s}`).getByRole('button', { name: `Move Refunds ${s}` }).click();
  const move = page.getByRole('dialog', { name: `Move “Refunds ${s}”` });
  await move.getByLabel('New parent').selectOption({ label: 'None (top level)' });
  await move.getByRole('button', { name: 'Move category' }).click();
  await expect(move).toHaveCount(0);
  await expect(rowOf(`Refunds ${s}`)).toHaveAttribute('data-depth', '0');
  await rowOf(`Refunds ${s}`).getByRole('button', { name: `Move Refunds ${s}` }).click();
  await move.getByLabel('New parent').selectOption({ label: `Billing ${s}` });
  await move.getByRole('button', { name: 'Move category' }).click();
  await expect(move).toHaveCount(0);
  await expect(rowOf(`Refunds ${s}`)).toHaveAttribute('data-depth', '1');

  // Rename in place.
  await rowOf(`Billing ${s}`).getByRole('button', { name: `Rename Billing ${s}` }).click();
  const name = tree.getByLabel(/New name of the category/);
  await name.fill(`Money ${s}`);
  await name.press('Enter');
  await expect(rowOf(`Money ${s}`)).toBeVisible();

  // Deleting the parent asks what happens to the sub-category and to tickets; move it up.
  await rowOf(`Money ${s}`).getByRole('button', { name: `Delete Money ${s}` }).click();
  const dialog = page.getByRole('dialog', { name: `Delete the category “Money ${s}”?` });
  await expect(dialog.getByRole('radio', { name: /Move up/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /Delete them too/ })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Just remove the category from them' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Delete category' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(rowOf(`Money ${s}`)).toHaveCount(0);
  await expect(rowOf(`Refunds ${s}`)).toHaveAttribute('data-depth', '0');

  await rowOf(`Refunds ${s}`).getByRole('button', { name: `Delete Refunds ${s}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete category' }).click();
  await expect(rowOf(`Refunds ${s}`)).toHaveCount(0);
});
