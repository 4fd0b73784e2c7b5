// Value lists shared by the tables, the forms and the server.
export const teamRoles = ['agent', 'supervisor', 'admin'] as const;
export type TeamRole = (typeof teamRoles)[number];
export const platforms = ['api', 'facebook', 'instagram', 'whatsapp', 'x'] as const;
export type Platform = (typeof platforms)[number];
export const ticketStatuses = ['open', 'replied', 'transferred', 'awaiting', 'closed', 'unknown'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];
export const messageKinds = ['dm', 'comment', 'mention', 'reply'] as const;
export type MessageKind = (typeof messageKinds)[number];
export const playerModes = ['normal', 'inbox_zero', 'gamification'] as const;
export type PlayerMode = (typeof playerModes)[number];
/** An inbound message is `received`; an outbound one moves as schema/mutators/delivery-state.ts allows. */
export const deliveryStates = ['received', 'pending', 'sending', 'sent', 'failed', 'unconfirmed'] as const;
export type Delivery = (typeof deliveryStates)[number];
export type ConnectionState = 'pending' | 'connected' | 'failed';
