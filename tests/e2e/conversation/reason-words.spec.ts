import { randomUUID } from 'node:crypto';
import { apiAccountOf, inboundBody, postInbound } from '../../support/demo.ts';
import { DEMO_PASSWORD } from '../../support/zero-client.ts';
import { expect, test } from '../fixtures.ts';

// Delivery reasons are stored as codes (schema/reasons.ts): a Turkish agent reads why a reply
// was not sent in Turkish, on the conversation and on its Player item.
test.use({ locale: 'tr-TR' });

test('a Turkish agent reads why a reply was not sent in Turkish', async ({ page, stack, sql }) => {
  const account = await apiAccountOf(sql, 'Sales');
  const posted = await postInbound(stack.url, account.id, account.secret, inboundBody());
  expect(posted.status).toBe(200);
  const inboundId = posted.json.id as string;
  const replyId = randomUUID();
  // What the delivery worker stores when the platform refuses the reply with a 422.
  const reason = JSON.stringify([{ code: 'REPLY_REFUSED', params: { status: 422, statusText: 'Unprocessable Entity' } }]);
  await sql`
    INSERT INTO message (id, account_id, team_id, customer_id, ticket_id, direction, kind, text, parent_id, delivery, delivery_error, sent_at)
    SELECT ${replyId}, account_id, team_id, customer_id, ticket_id, 'out', 'reply', 'Yenisi yolda.', id, 'failed', ${reason}, now()
    FROM message WHERE id = ${inboundId}`;

  await page.goto('/login');
  await page.getByLabel('E-posta').fill('agent.sales@parley.demo');
  await page.getByLabel('Parola').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Oturum aç' }).click();
  await expect(page).not.toHaveURL(/\/login/);

  const words = 'Platform 422 (Unprocessable Entity) koduyla karşılık verdi; yanıt yayımlanmadı.';
  const item = page.getByRole('list', { name: 'Player' }).locator(`li[data-message-id="${inboundId}"]`);
  await expect(item.getByTestId('reply-not-sent')).toHaveAttribute('title', words);
  await item.click();
  const reply = page.getByRole('region', { name: 'Konuşma' }).locator(`li[data-message-id="${replyId}"]`);
  await expect(reply.getByTestId('delivery-failed')).toHaveText(`Gönderilmedi: ${words}`);
  await expect(reply).not.toContainText('The platform answered');
});
