import { apiAccountOf, inboundBody, postInbound } from '../../support/demo.ts';
import { expect, logIn, test } from '../fixtures.ts';

// PLY-1 and TIC-1 through the real stack: webhook -> Postgres -> zero-cache -> Chromium,
// and a reply from the browser -> mutator -> Postgres -> connector, seen live by the team.
test('a new message appears live, the reply turns it Replied for the team, and the other team never sees it', async ({
  browser,
  stack,
  sql,
}) => {
  const agent = await browser.newContext({ baseURL: stack.url });
  const teammate = await browser.newContext({ baseURL: stack.url });
  const outsider = await browser.newContext({ baseURL: stack.url });
  const agentPage = await agent.newPage();
  const teammatePage = await teammate.newPage();
  const outsiderPage = await outsider.newPage();
  await logIn(agentPage, 'agent.support@parley.demo');
  await logIn(teammatePage, 'supervisor.support@parley.demo');
  await logIn(outsiderPage, 'agent.sales@parley.demo');
  const player = agentPage.getByRole('list', { name: 'Player' });
  await expect(player.locator('li[data-message-id]').first()).toBeVisible();

  const account = await apiAccountOf(sql, 'Support');
  const text = `My order #${Date.now()} arrived damaged, can you help?`;
  const posted = await postInbound(stack.url, account.id, account.secret, inboundBody({ text }));
  expect(posted.status).toBe(200);
  const messageId = posted.json.id as string;

  // Live, at the top, without a reload.
  const item = player.locator(`li[data-message-id="${messageId}"]`);
  await expect(item).toBeVisible();
  await expect(player.locator('li[data-message-id]').first()).toHaveAttribute('data-message-id', messageId);
  await expect(item).toContainText(text);
  await expect(item).toContainText('Open');

  // The teammate opens the same conversation and keeps it open.
  await expect(teammatePage.getByRole('list', { name: 'Player' }).locator(`li[data-message-id="${messageId}"]`)).toBeVisible();
  await teammatePage.getByRole('list', { name: 'Player' }).locator(`li[data-message-id="${messageId}"]`).click();
  const teammateConversation = teammatePage.getByRole('region', { name: 'Conversation' });
  await expect(teammateConversation).toContainText(text);

  await item.click();
  const conversation = agentPage.getByRole('region', { name: 'Conversation' });
  await expect(conversation).toContainText(text);
  await conversation.getByLabel('Reply').fill('So sorry! A replacement is on its way today.');
  await conversation.getByRole('button', { name: 'Send reply' }).click();
  await expect(conversation).toContainText('So sorry! A replacement is on its way today.');
  await expect(conversation.getByTestId('ticket-status').first()).toHaveText('Replied');
  await expect(item).toContainText('Replied');
  // Answering does not move the item.
  await expect(player.locator('li[data-message-id]').first()).toHaveAttribute('data-message-id', messageId);

  // The teammate sees the reply and the new status without reloading.
  await expect(teammateConversation).toContainText('So sorry! A replacement is on its way today.');
  await expect(teammateConversation.getByTestId('ticket-status').first()).toHaveText('Replied');
  // And the connector delivered it.
  await expect(teammateConversation.getByText(/sent/i).first()).toBeVisible();

  // The Sales agent's Player never shows it, even by direct address.
  await expect(outsiderPage.getByRole('list', { name: 'Player' }).locator('li[data-message-id]').first()).toBeVisible();
  await expect(outsiderPage.locator(`li[data-message-id="${messageId}"]`)).toHaveCount(0);
  const [{ customer_id: customerId }] = (await sql`SELECT customer_id FROM message WHERE id = ${messageId}`) as unknown as [
    { customer_id: string },
  ];
  await outsiderPage.goto(`/conversations/${customerId}?message=${messageId}`);
  await expect(outsiderPage.getByText(text)).toHaveCount(0);
  await expect(outsiderPage.getByText(/not found|no access|not visible/i).first()).toBeVisible();

  await Promise.all([agent.close(), teammate.close(), outsider.close()]);
});
