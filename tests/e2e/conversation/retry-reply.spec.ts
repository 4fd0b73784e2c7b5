import { randomUUID } from 'node:crypto';
import { apiAccountOf, inboundBody, postInbound } from '../../support/demo.ts';
import { expect, logIn, test } from '../fixtures.ts';

test('a reply that was not confirmed says so, and Send again really sends it', async ({ page, stack, sql }) => {
  // Sales' API account posts to this start's own simulator, which accepts every reply.
  const account = await apiAccountOf(sql, 'Sales');
  const posted = await postInbound(stack.url, account.id, account.secret, inboundBody());
  expect(posted.status).toBe(200);
  const inboundId = posted.json.id as string;
  const replyId = randomUUID();
  // What the delivery worker records when a platform that cannot dedupe may have posted it.
  await sql`
    INSERT INTO message (id, account_id, team_id, customer_id, ticket_id, direction, kind, text, parent_id, delivery, delivery_error, sent_at)
    SELECT ${replyId}, account_id, team_id, customer_id, ticket_id, 'out', 'reply', 'A replacement is on its way.', id, 'unconfirmed',
           'It may have been posted. Check on the platform before sending it again.', now()
    FROM message WHERE id = ${inboundId}`;

  await logIn(page, 'agent.sales@parley.demo');
  const item = page.getByRole('list', { name: 'Player' }).locator(`li[data-message-id="${inboundId}"]`);
  await expect(item.getByTestId('reply-not-sent')).toBeVisible();
  await item.click();
  const reply = page.getByRole('region', { name: 'Conversation' }).locator(`li[data-message-id="${replyId}"]`);
  await expect(reply.getByTestId('delivery-unconfirmed')).toHaveText(
    'Not confirmed: It may have been posted. Check on the platform before sending it again.',
  );
  await reply.getByRole('button', { name: 'Send again' }).click();
  await expect(reply).toContainText('Sent');
  await expect(reply.getByRole('button', { name: 'Send again' })).toHaveCount(0);
  await expect.poll(async () => (await sql`SELECT platform_message_id FROM message WHERE id = ${replyId}`)[0]?.platform_message_id).toMatch(/^sim-/);
});
