import type postgres from 'postgres';
import type { InboundEvent } from '../connectors/inbound.ts';
import { type StoredInbound, storeInbound } from './store-inbound.ts';

export type IntakeAccount = { id: string; teamId: string };

export type IntakeResult =
  | { type: 'stored'; stored: StoredInbound }
  /** An echo of our own reply: its platform id is recorded on it (messageId null: not ours). */
  | { type: 'linked'; messageId: string | null }
  /** Understood, nothing to store yet (say why, for the platform's logs). */
  | { type: 'ignored'; reason: string };

/**
 * The one intake of every platform: stores a normalized inbound event for an account whose
 * webhook was authenticated by its adapter.
 */
export async function storeEvent(sql: postgres.Sql, account: IntakeAccount, event: InboundEvent): Promise<IntakeResult> {
  switch (event.type) {
    case 'message':
    case 'comment': {
      const stored = await storeInbound(sql, {
        accountId: account.id,
        teamId: account.teamId,
        platformMessageId: event.platformMessageId,
        customer: event.customer,
        text: event.text,
        kind: event.type === 'comment' ? 'comment' : event.kind,
        platformParentId: event.inReplyTo,
        sentAt: event.sentAt,
      });
      return { type: 'stored', stored };
    }
    case 'echo': {
      if (!event.parleyMessageId) return { type: 'ignored', reason: 'Messages written on the platform itself are not imported yet.' };
      // The send's own answer normally records the id first; the echo fills it in when that answer was lost.
      const [linked] = await sql<{ id: string }[]>`
        UPDATE message SET platform_message_id = ${event.platformMessageId}
        WHERE id = ${event.parleyMessageId} AND account_id = ${account.id} AND direction = 'out' AND platform_message_id IS NULL
        RETURNING id`;
      return { type: 'linked', messageId: linked?.id ?? null };
    }
    case 'delivery':
      // The reply's state machine (server/delivery) owns `delivery`; read receipts have no column yet.
      return { type: 'ignored', reason: `Delivery statuses (${event.state}) are not recorded yet.` };
  }
}
