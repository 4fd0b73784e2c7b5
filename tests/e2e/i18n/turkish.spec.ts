import type { Page } from '@playwright/test';
import { apiAccountOf, inboundBody, postInbound } from '../../support/demo.ts';
import { DEMO_PASSWORD } from '../../support/zero-client.ts';
import { expect, test } from '../fixtures.ts';
import { uniqueSuffix } from '../settings/settings-helpers.ts';

// The key flows once in Turkish, for a browser that asks for Turkish and has chosen nothing
// yet: log in, the Player, a reply, and a settings form whose refusal comes back in Turkish.
test.use({ locale: 'tr-TR' });

/** English UI words that must not leak onto a Turkish screen (customer content aside). */
const ENGLISH_UI = [
  'Log in',
  'Log out',
  'Password',
  'Email',
  'Settings',
  'Newest first',
  'Keyboard shortcuts',
  'Your accounts',
  'Send reply',
  'Write your reply',
  'Back to the list',
  'Answer this one',
  'Your reply answers this',
  'Replied',
  'Connected',
  'characters',
  'to send',
  'Add tag',
  'Add a tag',
  'already exists',
  'Give the tag a name',
  'Cancel',
  'Rename',
  'Delete',
  'System',
  'Loading',
];

/** Everything a person reads or hears on the page: its text, and its labels, titles and placeholders. */
async function shownWords(page: Page): Promise<string> {
  // A string, as in the other specs: the Node tsconfig has no DOM types. innerText, not
  // textContent: only what is rendered counts (hidden templates do not).
  return page.evaluate(`(() => {
    const attributes = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].map((e) =>
      ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? '').join(' '),
    );
    return document.body.innerText + '\\n' + attributes.join('\\n');
  })()`) as Promise<string>;
}

async function expectNoEnglish(page: Page, customerText: readonly string[] = []) {
  let words = await shownWords(page);
  // Customers write what they write; only Parley's own words must be Turkish.
  for (const text of customerText) words = words.replaceAll(text, '');
  const leaked = ENGLISH_UI.filter((w) => new RegExp(`\\b${w}\\b`).test(words));
  expect(leaked, 'English UI words on a Turkish screen').toEqual([]);
}

async function logInTurkish(page: Page, email: string) {
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(page.getByRole('heading', { name: 'Oturum aç' })).toBeVisible();
  await page.getByLabel('E-posta').fill(email);
  await page.getByLabel('Parola').fill(DEMO_PASSWORD);
  await expectNoEnglish(page);
  await page.getByRole('button', { name: 'Oturum aç' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

test('log in, the Player, a reply and a refused settings form, all in Turkish', async ({ page, stack, sql, browser }) => {
  await logInTurkish(page, 'agent.support@parley.demo');

  // The Player, with a message that arrives live.
  const player = page.getByRole('list', { name: 'Player' });
  await expect(player.locator('li[data-message-id]').first()).toBeVisible();
  await expect(page.getByText('En yeni üstte')).toBeVisible();
  await expect(page.locator('.keyboard-hints')).toContainText('j sonraki');
  await expect(page.getByRole('button', { name: 'Oturumu kapat' })).toBeVisible();
  const account = await apiAccountOf(sql, 'Support');
  const text = `Siparişim ${Date.now()} hasarlı geldi, yardımcı olabilir misiniz?`;
  const posted = await postInbound(stack.url, account.id, account.secret, inboundBody({ text }));
  expect(posted.status).toBe(200);
  const item = player.locator(`li[data-message-id="${posted.json.id as string}"]`);
  await expect(item).toContainText(text);
  await expect(item.getByTestId('ticket-status')).toHaveText('Açık');
  const customerTexts = await player.locator('.player-item__snippet, .player-item__customer, .player-item__handle, .player-item__account').allInnerTexts();
  await expectNoEnglish(page, customerTexts);

  // The conversation, and a reply.
  await item.click();
  const conversation = page.getByRole('region', { name: 'Konuşma' });
  await expect(conversation).toContainText(text);
  await expect(conversation.getByText('Yanıtınız bu mesaja gider')).toBeVisible();
  const reply = 'Çok üzgünüz! Yenisi bugün yola çıkıyor.';
  await conversation.getByLabel('Yanıt', { exact: true }).fill(reply);
  await expect(conversation.getByText('karakter', { exact: false })).toBeVisible();
  await conversation.getByRole('button', { name: 'Yanıtı gönder' }).click();
  await expect(conversation).toContainText(reply);
  await expect(conversation.getByTestId('ticket-status').first()).toHaveText('Yanıtlandı');
  await expect(conversation.getByText('Gönderildi').first()).toBeVisible();
  const threadTexts = await conversation.locator('.message__text, .message__author, .reply__target q, .conversation__customer, .conversation__account').allInnerTexts();
  await expectNoEnglish(page, [...threadTexts, ...customerTexts]);

  // A settings form refused by the server's rules, in Turkish.
  const admin = await browser.newContext({ baseURL: stack.url, locale: 'tr-TR' });
  const settings = await admin.newPage();
  await logInTurkish(settings, 'super@parley.demo');
  await settings.goto('/settings/tags');
  await expect(settings.getByRole('heading', { name: 'Etiketler', level: 1 })).toBeVisible();
  await settings.getByRole('button', { name: 'Etiketi ekle' }).click();
  await expect(settings.getByText('Bu alanı doldurun.')).toBeVisible();
  const name = `Etiket ${uniqueSuffix()}`;
  await settings.getByLabel('Ad', { exact: true }).fill(name);
  await settings.getByRole('button', { name: 'Etiketi ekle' }).click();
  await expect(settings.getByRole('list', { name: 'Etiketler' }).getByTestId('taxonomy-row').filter({ hasText: name })).toBeVisible();
  // The row shows before the server confirms; the form clears what it sent once it does. Type
  // the same name again only after that, as a person would, or the clearing wipes it.
  await expect(settings.getByLabel('Ad', { exact: true })).toHaveValue('');
  await settings.getByLabel('Ad', { exact: true }).fill(name);
  await settings.getByRole('button', { name: 'Etiketi ekle' }).click();
  await expect(settings.getByText(`“${name}” adı zaten kullanılıyor. Başka bir ad seçin.`)).toBeVisible();
  const [row] = await sql<{ count: number }[]>`SELECT count(*)::int AS count FROM tag WHERE name = ${name}`;
  expect(row?.count).toBe(1);
  // Tag names are the organisation's own words (the built-in ones too), not Parley's.
  const tagNames = await settings.locator('.row__name').allInnerTexts();
  await expectNoEnglish(settings, tagNames);
  await admin.close();
});

test('the language switch changes every word at once, without a reload, and is remembered', async ({ browser, stack }) => {
  const context = await browser.newContext({ baseURL: stack.url, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('tr');
  await expect(page.getByRole('heading', { name: 'Oturum aç' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await page.getByLabel('E-posta').fill('agent.support@parley.demo');
  await page.getByLabel('Parola').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Oturum aç' }).click();
  await expect(page.getByRole('button', { name: 'Oturumu kapat' })).toBeVisible();

  // Back to English from the top bar; a reload keeps the choice.
  await page.getByRole('combobox', { name: 'Dil' }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});
