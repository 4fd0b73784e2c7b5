/**
 * What a demo conversation is about. Replies are chosen by topic so an answer matches the
 * question it answers.
 */
export const supportTopics = ['order', 'delivery', 'refund', 'account', 'billing', 'product', 'praise', 'other'] as const;
export const salesTopics = ['pricing', 'demo', 'bulk'] as const;

export type SupportTopic = (typeof supportTopics)[number];
export type SalesTopic = (typeof salesTopics)[number];
export type Topic = SupportTopic | SalesTopic;

/** The kind of work a team does decides which questions its customers ask. */
export type DemoTeamKind = 'support' | 'sales';

/** Placeholders such as `{order}` are filled per conversation (see demo-content.ts). */
export type InboundTemplate = { topic: Topic; title: string; text: string };
