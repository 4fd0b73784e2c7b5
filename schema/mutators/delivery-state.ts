import type { Delivery } from '../tables/enums.ts';

/**
 * The one description of how an outbound message moves (the shared reply mutator, the retry
 * mutator and the server's delivery job all go through it):
 *
 *   pending ──claim──> sending ──> sent
 *      ^                  │ ├───> failed       (refused for good, or retries used up)
 *      │                  │ └───> unconfirmed  (may have reached a platform that cannot dedupe)
 *      ├──── backoff ─────┘
 *      └──── Retry (a person) ── failed | unconfirmed
 *
 * `received` is an inbound message's only state. `sent` is final: nothing sends it again.
 */
const transitions: Record<Delivery, readonly Delivery[]> = {
  received: [],
  pending: ['sending'],
  sending: ['sent', 'failed', 'unconfirmed', 'pending'],
  sent: [],
  failed: ['pending'],
  unconfirmed: ['pending'],
};

/** The state a new reply starts in. */
export const NEW_REPLY_DELIVERY = 'pending' satisfies Delivery;

/** States from which a person may send a reply again (message.retry). */
export const RETRYABLE_DELIVERIES: readonly Delivery[] = ['failed', 'unconfirmed'];

export function canMoveDelivery(from: Delivery, to: Delivery): boolean {
  return transitions[from].includes(to);
}

/** Throws on a move the machine does not allow: a bug, never a person's mistake. */
export function assertDeliveryMove(from: Delivery, to: Delivery): void {
  if (!canMoveDelivery(from, to)) throw new Error(`A message cannot move from ${from} to ${to}.`);
}

/** Why a reply is `unconfirmed`; the conversation shows it after "Not confirmed:". */
export const UNCONFIRMED_REASON = 'It may have been posted. Check on the platform before sending it again.';
