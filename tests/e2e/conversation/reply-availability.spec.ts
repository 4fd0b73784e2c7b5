import { randomUUID } from 'node:crypto';
import { apiAccountOf, inboundBody, postInbound } from '../../support/demo.ts';
import { expect, logIn, test } from '../fixtures.ts';

test('on an X account the reply box says up front that replies are not available yet', async ({ page }) => {
  await logIn(page, 'agent.support@parley.demo');
  const items = page.getByRole('list', { name: 'Player' }).locator('li[data-message-id]');
  await items.filter({ has: page.locator('.player-item__account', { hasText: 'Northwind on X' }) }).first().click();

  const conversation = page.getByRole('region', { name: 'Conversation' });
  await expect(conversation.getByTestId('reply-unavailable')).toHaveText(
    'Replies on X accounts are not available yet; answer this customer on X directly.',
  );
  // Nothing to type or send into a reply that would fail after the fact.
  await expect(conversation.getByRole('button', { name: 'Send reply' })).toHaveCount(0);
  await expect(conversation.getByLabel('Reply')).toHaveCount(0);
});

test('a reply the platform did not take reads "Not sent" with the reason, in the Player and the conversation', async ({
  page,
  stack,
  sql,
}) => {
  const account = await apiAccountOf(sql, 'Support');
  const posted = await postInbound(stack.url, account.id, account.secret, inboundBody());
  expect(posted.status).toBe(200);
  const inboundId = posted.json.id as string;
  // What the delivery worker records when the platform refuses a reply.
  const reason = 'The platform answered 500 (server error); nothing was sent.';
  await sql`
    INSERT INTO message (id, account_id, team_id, customer_id, ticket_id, direction, kind, text, parent_id, delivery, delivery_error, sent_at)
    SELECT ${randomUUID()}, account_id, team_id, customer_id, ticket_id, 'out', 'reply', 'A replacement is on its way.', id, 'failed', ${reason}, now()
    FROM message WHERE id = ${inboundId}`;

  await logIn(page, 'agent.support@parley.demo');
  const item = page.getByRole('list', { name: 'Player' }).locator(`li[data-message-id="${inboundId}"]`);
  await expect(item.getByTestId('reply-not-sent')).toHaveText(/Reply not sent/);
  await expect(item).not.toContainText('Answered');

  await item.click();
  const conversation = page.getByRole('region', { name: 'Conversation' });
  await expect(conversation.getByTestId('delivery-failed')).toHaveText(`Not sent: ${reason}`);
});
