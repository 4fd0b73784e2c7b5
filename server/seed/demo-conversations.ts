import { canReplyOn } from '../../schema/platforms/index.ts';
import { replayTicketStatus } from '../intake/ticket-transitions.ts';
import { createDemoContent, type DemoConversation, type DemoPlatform, type InboundKind } from './demo-content.ts';
import { inboundSteps, type Step, writeThread } from './demo-messages.ts';
import {
  type CustomerRow,
  type MessageRow,
  type PlanAccount,
  type PlanAuthor,
  type TicketRow,
  type TicketStatus,
  ticketStatuses,
} from './demo-rows.ts';
import type { Rng } from './prng.ts';

export type DemoPlan = { customers: CustomerRow[]; tickets: TicketRow[]; messages: MessageRow[] };

export type PlanOptions = {
  accounts: readonly PlanAccount[];
  /** Who may answer, per team id: replies are written by that team's members. */
  authors: Readonly<Record<string, readonly PlanAuthor[]>>;
  now: Date;
  seed?: number;
  newId: () => string;
};

/**
 * How a conversation may run for each final status (TIC-1): Open ends with the customer,
 * Replied and Awaiting end with us, Closed ends once the customer is satisfied.
 */
const scripts: Record<TicketStatus, readonly Step[][]> = {
  open: [['open'], ['open', 'nudge'], ['open', 'question', 'detail'], ['open', 'answer', 'nudge']],
  replied: [['open', 'answer'], ['open', 'nudge', 'answer'], ['open', 'question', 'detail', 'answer']],
  awaiting: [['open', 'question'], ['open', 'nudge', 'question'], ['open', 'question', 'detail', 'question']],
  transferred: [['open'], ['open', 'nudge'], ['open', 'question', 'detail']],
  unknown: [['open'], ['open', 'nudge']],
  closed: [
    ['open', 'answer', 'thanks'],
    ['open', 'answer', 'thanks', 'closing'],
    ['open', 'question', 'detail', 'answer', 'thanks'],
    ['open', 'nudge', 'answer', 'thanks', 'closing'],
  ],
};

/** Praise needs no questions back; it is thanked, and it is never transferred or parked. */
const praiseScripts: Record<TicketStatus, readonly Step[][]> = {
  ...scripts,
  open: [['open']],
  replied: [['open', 'answer']],
  closed: [['open', 'answer'], ['open', 'answer', 'thanks']],
};
/** The statuses TIC-1 sets by itself; the others are a person's decision. */
const tic1Statuses: ReadonlySet<TicketStatus> = new Set(['open', 'replied']);
const praiseStatuses: ReadonlySet<TicketStatus> = new Set(['open', 'replied', 'closed']);

function conversationFor(status: TicketStatus, draw: () => DemoConversation): DemoConversation {
  for (;;) {
    const conversation = draw();
    if (conversation.topic !== 'praise' || praiseStatuses.has(status)) return conversation;
  }
}

const authorWeight: Record<PlanAuthor['role'], number> = { agent: 6, supervisor: 3, admin: 1 };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Demo history reaches back about three weeks. */
export const DEMO_WINDOW_MS = 21 * DAY;

function gapBefore(rng: Rng, step: Step): number {
  if (step === 'nudge') return rng.between(20 * MINUTE, 10 * HOUR);
  if (inboundSteps.has(step)) return rng.between(5 * MINUTE, 15 * HOUR);
  return rng.between(3 * MINUTE, 4 * HOUR);
}

/** How long before `now` the latest ticket's last message was, by status. */
function latestEndAgo(rng: Rng, status: TicketStatus): number {
  if (status === 'open') return rng.between(5 * MINUTE, 30 * HOUR);
  if (status === 'closed') return rng.between(1 * DAY, 8 * DAY);
  return rng.between(30 * MINUTE, 4 * DAY);
}

/** How customers reach each platform's accounts in the demo (WhatsApp has only private chats). */
const kindWeights: Record<DemoPlatform, readonly (readonly [InboundKind, number])[]> = {
  whatsapp: [['dm', 1]],
  x: [['mention', 45], ['dm', 35], ['comment', 20]],
  api: [['dm', 50], ['comment', 25], ['mention', 25]],
  facebook: [['dm', 50], ['comment', 25], ['mention', 25]],
  instagram: [['dm', 50], ['comment', 25], ['mention', 25]],
};

function kindFor(rng: Rng, platform: DemoPlatform): InboundKind {
  const weights = kindWeights[platform];
  // A single choice draws no number, so the rest of the demo stays as it was generated before.
  return weights.length === 1 && weights[0] ? weights[0][0] : rng.weighted(weights);
}

/**
 * On platforms Parley cannot reply on yet, the demo must not show replies the product could
 * not have sent: their customers are still waiting.
 */
export function canSendOn(platform: DemoPlatform): boolean {
  return canReplyOn(platform);
}
const waitingStatuses: readonly TicketStatus[] = ['open', 'transferred', 'unknown'];
const onlyInbound = (script: readonly Step[]) => script.every((step) => inboundSteps.has(step));

function statusesFor(rng: Rng, count: number, canSend: boolean): TicketStatus[] {
  // Every status an account can have appears on it, so each Player filter has something to show.
  const possible = canSend ? ticketStatuses : waitingStatuses;
  const spread = rng.shuffle(possible);
  const weights: [TicketStatus, number][] = [
    ['open', 30], ['replied', 20], ['awaiting', 12], ['transferred', 8], ['closed', 25], ['unknown', 5],
  ];
  const rest = Array.from({ length: Math.max(0, count - spread.length) }, () =>
    rng.weighted<TicketStatus>(weights.filter(([status]) => possible.includes(status))),
  );
  return rng.shuffle([...spread, ...rest]).slice(0, count);
}

/**
 * Plans the demo's customers, tickets and messages without touching a database, so the
 * coherence rules can be unit-tested. Ids come from `newId`; everything else from the seed.
 */
export function planDemoConversations(opts: PlanOptions): DemoPlan {
  const content = createDemoContent(opts.seed ?? 20_240_601);
  const { rng } = content;
  const now = opts.now.getTime();
  const plan: DemoPlan = { customers: [], tickets: [], messages: [] };
  let counter = 0;

  for (const account of opts.accounts) {
    const authors = opts.authors[account.teamId] ?? [];
    if (authors.length === 0) throw new Error(`Team ${account.teamId} has no members to write demo replies.`);
    // Agents answer most messages; supervisors and admins step in now and then.
    const pickAuthor = () => rng.weighted(authors.map((a) => [a, authorWeight[a.role]] as const));
    const canSend = canSendOn(account.platform);
    const statuses = statusesFor(rng, rng.int(13, 15), canSend);

    for (const latestStatus of statuses) {
      const who = content.customer(account.platform);
      const customerId = opts.newId();
      // Older tickets are Closed, which means answered: only where Parley can answer.
      const ticketCount = canSend ? rng.weighted([[1, 35], [2, 40], [3, 25]] as const) : 1;
      // Built newest first: the latest ticket carries the status, older ones are Closed.
      let endAt = now - latestEndAgo(rng, latestStatus);
      const customerTickets: { ticket: TicketRow; messages: MessageRow[] }[] = [];
      for (let t = 0; t < ticketCount; t++) {
        const status: TicketStatus = t === 0 ? latestStatus : 'closed';
        const conversation = conversationFor(status, () => content.conversation(account.teamKind, who));
        const choices = (conversation.topic === 'praise' ? praiseScripts : scripts)[status];
        const script = rng.pick(canSend ? choices : choices.filter(onlyInbound));
        const gaps = script.map((step, i) => (i === 0 ? 0 : gapBefore(rng, step)));
        const span = gaps.reduce((a, b) => a + b, 0);
        const startAt = endAt - span;
        if (startAt < now - DEMO_WINDOW_MS) break;
        const ticketId = opts.newId();
        const kind = kindFor(rng, account.platform);
        const messages = writeThread({
          rng, conversation, script, gaps, startAt, kind, account, ticketId, pickAuthor,
          customer: { id: customerId, handle: who.handle },
          next: () => ++counter,
          newId: opts.newId,
        });
        const first = messages[0] as MessageRow;
        const last = messages[messages.length - 1] as MessageRow;
        const ticket: TicketRow = {
          id: ticketId, account_id: account.id, team_id: account.teamId, customer_id: customerId,
          // Open and Replied follow from the turns by TIC-1, as intake and delivery would set them.
          status: tic1Statuses.has(status) ? replayTicketStatus(messages.map((m) => m.direction)) : status,
          title: conversation.title, created_at: first.sent_at, updated_at: last.sent_at,
        };
        customerTickets.push({ ticket, messages });
        endAt = startAt - rng.between(12 * HOUR, 5 * DAY);
      }
      const earliest = customerTickets[customerTickets.length - 1];
      if (!earliest) continue;
      plan.customers.push({
        id: customerId, account_id: account.id, team_id: account.teamId, platform_customer_id: who.platformCustomerId,
        handle: who.handle, name: who.name, created_at: earliest.ticket.created_at,
      });
      for (const { ticket, messages } of customerTickets) {
        plan.tickets.push(ticket);
        plan.messages.push(...messages);
      }
    }
  }
  // Oldest first, so ticket numbers (a sequence default) grow with time as they would live.
  plan.tickets.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
  plan.messages.sort((a, b) => a.sent_at.getTime() - b.sent_at.getTime());
  return plan;
}
