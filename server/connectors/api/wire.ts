import { z } from 'zod';

/**
 * The API channel's wire format (README, "API channel"). Inbound: what a platform POSTs to
 * /webhooks/api/:accountId. Outbound: what Parley POSTs to the account's callback URL.
 */
/** Clocks disagree, but a message sent more than a day from now is a bug or a forgery. */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

export const inboundMessage = z.object({
  id: z.string().min(1).max(200).describe('the platform message id; repeats are stored once'),
  customer: z.object({
    id: z.string().min(1).max(200),
    name: z.string().max(200).default(''),
    handle: z.string().max(200).default(''),
  }),
  text: z.string().min(1).max(20_000),
  kind: z.enum(['dm', 'comment', 'mention']).default('dm'),
  inReplyTo: z.string().min(1).max(200).optional().describe('platform id of the message this answers'),
  sentAt: z.iso
    .datetime({ offset: true })
    .refine((s) => Date.parse(s) <= Date.now() + MAX_FUTURE_MS, {
      error: 'is more than a day ahead of Parley’s clock; send the time the customer sent the message, with its UTC offset.',
    })
    .describe('ISO 8601 time the customer sent it; at most a day ahead of Parley’s clock'),
});
export type InboundMessage = z.infer<typeof inboundMessage>;

export const outboundMessage = z.object({
  type: z.literal('message'),
  id: z.string().describe("Parley's message id; also sent as Idempotency-Key"),
  accountId: z.string(),
  customer: z.object({ id: z.string(), handle: z.string() }),
  kind: z.enum(['dm', 'reply']),
  text: z.string(),
  inReplyTo: z.string().nullable(),
  sentAt: z.string(),
});
export type OutboundMessage = z.infer<typeof outboundMessage>;

/** The platform's answer to an outbound message: its own id for what it posted. */
export const outboundAccepted = z.object({ id: z.string().min(1) });

/** Connect check (issue 3): a signed ping the callback URL must answer with 2xx. */
export const pingMessage = z.object({ type: z.literal('ping'), accountId: z.string(), sentAt: z.string() });
