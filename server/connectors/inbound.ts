/**
 * What an adapter's webhook parser turns a platform's payload into: platform-neutral events
 * that one intake function (server/intake/store-event.ts) stores. Adapters never write SQL.
 */

/** A customer's post: a private message, a mention, or a comment under a post. */
export type InboundPost = {
  /** The platform's id; a repeat is stored once. */
  platformMessageId: string;
  customer: { platformId: string; name: string; handle: string };
  text: string;
  /** The platform id of the message this answers, if any. */
  inReplyTo?: string | undefined;
  sentAt: Date;
};

export type InboundEvent =
  | ({ type: 'message'; kind: 'dm' | 'mention' } & InboundPost)
  | ({ type: 'comment' } & InboundPost)
  /** The platform's word on one of our replies (delivered, read, failed after acceptance). */
  | { type: 'delivery'; platformMessageId: string; state: 'delivered' | 'read' | 'failed'; at: Date }
  /**
   * The platform echoing a message sent from the account: ours (it carries Parley's id) or one
   * written on the platform itself.
   */
  | { type: 'echo'; platformMessageId: string; parleyMessageId: string | null; text: string; sentAt: Date };
