import type { DemoConversation, InboundKind } from './demo-content.ts';
import type { MessageRow, PlanAccount, PlanAuthor } from './demo-rows.ts';
import type { Rng } from './prng.ts';

/** One turn of a scripted conversation: the customer's (first four) or ours. */
export type Step = 'open' | 'nudge' | 'detail' | 'thanks' | 'answer' | 'question' | 'closing';
export const inboundSteps: ReadonlySet<Step> = new Set(['open', 'nudge', 'detail', 'thanks']);

export type ThreadArgs = {
  rng: Rng;
  conversation: DemoConversation;
  script: readonly Step[];
  /** Milliseconds before each step (the first is 0). */
  gaps: readonly number[];
  startAt: number;
  kind: InboundKind;
  account: PlanAccount;
  customer: { id: string; handle: string };
  ticketId: string;
  pickAuthor: () => PlanAuthor;
  /** A counter shared by the whole seed, so platform message ids never repeat. */
  next: () => number;
  newId: () => string;
};

function inboundText(step: Step, c: DemoConversation, a: ThreadArgs, lastAgent: PlanAuthor): string {
  if (step === 'open') return c.opening(a.kind, a.account.handle);
  if (step === 'nudge') return c.nudge();
  if (step === 'detail') return c.detail(a.kind !== 'dm');
  return c.thanks(lastAgent.firstName);
}

function outboundText(step: Step, c: DemoConversation, agent: PlanAuthor, publicTo: string | undefined): string {
  if (step === 'answer') return c.answer(agent.firstName, publicTo);
  if (step === 'question') return c.question(agent.firstName, publicTo);
  return c.closing(agent.firstName, publicTo);
}

/**
 * The message rows of one ticket. Replies point at the inbound message they answer (as
 * sendReply does); in a public thread a customer's follow-up is a comment under the latest
 * message, while DMs have no thread.
 */
export function writeThread(a: ThreadArgs): MessageRow[] {
  const isPublic = a.kind !== 'dm';
  const publicTo = isPublic && a.customer.handle.startsWith('@') ? a.customer.handle : undefined;
  const rows: MessageRow[] = [];
  let at = a.startAt;
  let lastIn: MessageRow | undefined;
  let lastAgent = a.pickAuthor();
  a.script.forEach((step, i) => {
    at += a.gaps[i] ?? 0;
    const sentAt = new Date(Math.round(at));
    const base = {
      id: a.newId(),
      account_id: a.account.id,
      team_id: a.account.teamId,
      customer_id: a.customer.id,
      ticket_id: a.ticketId,
      sent_at: sentAt,
    };
    if (inboundSteps.has(step)) {
      const under = step !== 'open' && isPublic ? rows[rows.length - 1] : undefined;
      lastIn = {
        ...base,
        direction: 'in',
        kind: step === 'open' ? a.kind : isPublic ? 'comment' : 'dm',
        text: inboundText(step, a.conversation, a, lastAgent),
        platform_message_id: `seed-in-${a.next()}`,
        platform_parent_id: under?.platform_message_id ?? null,
        parent_id: under?.id ?? null,
        author_id: null,
        delivery: 'received',
        // Webhooks arrive a moment after the customer sends.
        created_at: new Date(sentAt.getTime() + a.rng.int(200, 3000)),
      };
      rows.push(lastIn);
      return;
    }
    lastAgent = a.pickAuthor();
    rows.push({
      ...base,
      direction: 'out',
      kind: isPublic ? 'reply' : 'dm',
      text: outboundText(step, a.conversation, lastAgent, publicTo),
      platform_message_id: `seed-out-${a.next()}`,
      platform_parent_id: lastIn?.platform_message_id ?? null,
      parent_id: lastIn?.id ?? null,
      author_id: lastAgent.id,
      delivery: 'sent',
      created_at: sentAt,
    });
  });
  return rows;
}
