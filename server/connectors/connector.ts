import type { Hono } from 'hono';
import type postgres from 'postgres';
import { type Reason, reason as textReason, reasonInEnglish } from '../../schema/reasons.ts';
import type { Platform } from '../../schema/schema.ts';

/**
 * The contract every platform adapter in server/connectors/<platform>/ fulfils. Nothing
 * outside the adapters and the registry (./registry.ts) may branch on a platform; the
 * browser-safe half of a platform (label, limits, reply modes) is its descriptor in
 * schema/platforms/.
 */

/** Everything an adapter may know about one account: server-only secrets included. */
export type ConnectorAccount = {
  id: string;
  teamId: string;
  platform: Platform;
  name: string;
  /** Where the API channel posts replies; other platforms use their API's base URL. */
  callbackUrl: string | null;
  webhookSecret: string | null;
  /** The platform's own credential fields (tokens, page id, …), validated by the adapter. */
  credentials: Record<string, unknown>;
};

/** A reply to send, in Parley's terms; the adapter maps it onto the platform's API. */
export type OutboundReply = {
  /** Parley's message id: the idempotency key where the platform takes one. */
  id: string;
  kind: 'dm' | 'reply';
  text: string;
  customer: { platformId: string; handle: string };
  /** The platform id of the message this answers, if any. */
  inReplyToPlatformId: string | null;
  sentAt: Date;
};

/**
 * Why a send did not succeed. The job queue decides from `kind` alone:
 * - `retryable`: the platform refused before processing (5xx before acceptance, connection
 *   refused, DNS): try again with backoff, or after `retryAfterMs` when the platform said.
 * - `rate_limited`: try again after `retryAfterMs` (Retry-After, x-rate-limit-reset, Graph codes).
 * - `window_closed`: the platform's reply window is shut; a person must act.
 * - `permanent`: a refusal that will not change by retrying (bad token, bad input).
 * - `unconfirmed`: the request may have reached the platform (a timeout after it was written);
 *   a non-idempotent platform must never be sent the same reply again automatically.
 */
export type SendFailureKind = 'retryable' | 'rate_limited' | 'window_closed' | 'permanent' | 'unconfirmed';

export class SendFailure extends Error {
  override name = 'SendFailure';
  /** The code stored for the team (schema/reasons.ts); the message is its English, for logs. */
  readonly reason: Reason;
  constructor(
    readonly kind: SendFailureKind,
    /** A code a team member's language can word; never the platform's raw answer. */
    why: Reason | string,
    readonly retryAfterMs?: number,
  ) {
    const reason = typeof why === 'string' ? textReason('TEXT', { text: why }) : why;
    super(reasonInEnglish(reason));
    this.reason = reason;
  }
}

/** A refusal's reason is a code with parameters (schema/reasons.ts), worded by each reader. */
export type VerifyResult = { ok: true } | { ok: false; reason: Reason };

export type ConnectorDeps = { sql: postgres.Sql; /** Outbound allow-list entries for one call (tests). */ allow?: readonly string[] };

export type Connector = {
  platform: Platform;
  /**
   * The platform dedupes a repeated send by our id (the API channel's Idempotency-Key), so a
   * send that may have gone through can be retried freely. False: an `unconfirmed` failure is
   * shown to people with a resend action instead of retried.
   */
  idempotentSends: boolean;
  /** Sends one reply; returns the platform's id for it, or throws SendFailure. */
  send(account: ConnectorAccount, reply: OutboundReply, deps: ConnectorDeps): Promise<{ platformMessageId: string }>;
  /** Connect: proves the credentials with the platform. Never throws for a platform refusal. */
  verify(account: ConnectorAccount, deps: ConnectorDeps): Promise<VerifyResult>;
  /** Webhook routes, mounted at /webhooks/<platform>/ (the account id is in the path). */
  webhooks?: (deps: { sql: postgres.Sql }) => Hono;
};
