import { z } from 'zod';
import { text } from '../args.ts';

/**
 * What the rest of Parley may know about a platform, shared by the settings forms, the reply
 * box and the server (browser-safe: no secrets, no Node). A connector that learns to do
 * something flips its flag here, and the reply box, Connect and delivery follow together.
 * The server half of a platform is its adapter in server/connectors/<platform>/.
 */
export type PlatformDescriptor = {
  /** How people write the platform's name. */
  label: string;
  /** Parley can send a reply on this platform's accounts today (an adapter exists). */
  canReply: boolean;
  /** Connect can verify this platform's credentials today (an adapter exists). */
  canConnect: boolean;
  /**
   * How the platform reaches Parley's webhook, which decides what Settings shows an admin:
   * - `signed-secret`: the admin gives the platform Parley's URL and signing secret;
   * - `none`: no webhook yet (a platform whose connector is still to come).
   */
  webhook: 'signed-secret' | 'none';
  /** The account takes a callback URL (where Parley posts replies). */
  callbackUrl: boolean;
  /**
   * The credentials body of PUT /api/admin/accounts/:id/credentials, checked by the settings
   * form (for speed) and the admin API (for truth). Keys given replace those stored.
   */
  credentials: z.ZodType<CredentialsBody>;
  /** Longest reply text the platform takes, counted by `countText`. */
  textLimit: number;
  /** Length as the platform counts it (code points, UTF-16 units, weighted characters…). */
  countText: (text: string) => number;
  /** Kinds of reply Parley may send: a private message, an answer in a public thread. */
  replyModes: readonly ('dm' | 'reply')[];
  /** Hours after the customer's last message in which a reply is allowed; null: no window. */
  replyWindowHours: number | null;
};

export type CredentialsBody = { callbackUrl?: string | undefined; credentials?: Record<string, string> | undefined };

/** Named secrets an admin enters (tokens, keys); values are never shown again. */
export const secretRecord = z.record(text().min(1).max(100), text().max(4000));

/** Code points: what a person counts as characters, emoji included. */
export const countCodePoints = (s: string): number => [...s].length;

/** A platform whose connector is still to come: it can be listed, not replied on or connected. */
export function notConnectedYet(label: string): PlatformDescriptor {
  return {
    label,
    canReply: false,
    canConnect: false,
    webhook: 'none',
    callbackUrl: false,
    credentials: z.object({ credentials: secretRecord.optional() }),
    textLimit: 0,
    countText: countCodePoints,
    replyModes: [],
    replyWindowHours: null,
  };
}
