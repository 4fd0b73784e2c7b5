import { randomUUID } from 'node:crypto';
import { type InboundMessage, inboundMessage } from '../connectors/api/wire.ts';
import { createDemoContent, type DemoCustomer, type DemoTeamKind, type InboundKind } from '../seed/demo-content.ts';

export type SimulatedAccount = { id: string; name: string; handle: string; teamKind: DemoTeamKind };
export type KnownCustomer = { platformCustomerId: string; handle: string; name: string };
export type SimulatedInbound = { body: InboundMessage; customer: KnownCustomer; returning: boolean };

/** Teams are free-form; a team whose name says sales gets sales questions, any other support ones. */
export function teamKindOf(teamName: string): DemoTeamKind {
  return /sales/i.test(teamName) ? 'sales' : 'support';
}

/**
 * Inbound webhook bodies as customers would send them. About half come from customers the
 * account already has, so they land on existing tickets (TIC-1); the rest are new people.
 */
export function createInboundGenerator(seed: number) {
  const content = createDemoContent(seed);
  const { rng } = content;
  return {
    next(account: SimulatedAccount, known: readonly KnownCustomer[], now = new Date()): SimulatedInbound {
      const returning = known.length > 0 && rng.chance(0.5);
      const customer: DemoCustomer = returning
        ? toDemoCustomer(rng.pick(known))
        : content.customer('api');
      const conversation = content.conversation(account.teamKind, customer);
      const kind = rng.weighted<InboundKind>([['dm', 50], ['comment', 25], ['mention', 25]]);
      // A returning customer often chases their open question instead of asking a new one.
      const text = returning && rng.chance(0.35) ? conversation.nudge() : conversation.opening(kind, account.handle);
      const body = inboundMessage.parse({
        id: `sim-in-${randomUUID()}`,
        customer: { id: customer.platformCustomerId, name: customer.name, handle: customer.handle },
        text,
        kind,
        sentAt: now.toISOString(),
      });
      return { body, customer: { platformCustomerId: customer.platformCustomerId, handle: customer.handle, name: customer.name }, returning };
    },
  };
}

function toDemoCustomer(c: KnownCustomer): DemoCustomer {
  const name = c.name || c.handle || 'there';
  return { ...c, name, firstName: name.replace(/^@/, '').split(' ')[0] ?? name };
}
