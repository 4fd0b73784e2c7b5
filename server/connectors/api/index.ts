import { reason } from '../../../schema/reasons.ts';
import type { Connector } from '../connector.ts';
import { SendFailure } from '../connector.ts';
import { ConnectorError, sendApiMessage } from './send.ts';
import { pingCallback } from './verify.ts';
import { apiWebhookRoutes } from './webhook.ts';

/**
 * The API channel: a generic platform that posts signed JSON to /webhooks/api/:accountId and
 * receives replies at the account's callback URL with an Idempotency-Key, so retries are free.
 */
export const apiConnector: Connector = {
  platform: 'api',
  idempotentSends: true,
  async send(account, reply, deps) {
    if (!account.webhookSecret) throw new SendFailure('permanent', reason('NO_WEBHOOK_SECRET'));
    if (!account.callbackUrl) throw new SendFailure('permanent', reason('NO_CALLBACK_URL'));
    try {
      return await sendApiMessage({
        callbackUrl: account.callbackUrl,
        secret: account.webhookSecret,
        allow: deps.allow,
        message: {
          type: 'message',
          id: reply.id,
          accountId: account.id,
          customer: { id: reply.customer.platformId, handle: reply.customer.handle },
          kind: reply.kind,
          text: reply.text,
          inReplyTo: reply.inReplyToPlatformId,
          sentAt: reply.sentAt.toISOString(),
        },
      });
    } catch (e) {
      // The platform dedupes by Idempotency-Key, so even a send that may have arrived is retryable.
      if (e instanceof ConnectorError) {
        if (e.retryAfterMs !== undefined && e.retryable) throw new SendFailure('rate_limited', e.reason, e.retryAfterMs);
        throw new SendFailure(e.retryable ? 'retryable' : 'permanent', e.reason);
      }
      throw e;
    }
  },
  async verify(account, deps) {
    if (!account.webhookSecret) return { ok: false, reason: reason('NO_WEBHOOK_SECRET') };
    if (!account.callbackUrl) return { ok: false, reason: reason('CONNECT_NO_CALLBACK_URL') };
    return pingCallback({ callbackUrl: account.callbackUrl, secret: account.webhookSecret, accountId: account.id, allow: deps.allow });
  },
  webhooks: apiWebhookRoutes,
};
