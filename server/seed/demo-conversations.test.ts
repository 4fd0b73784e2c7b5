import { describe, expect, it } from 'vitest';
import { canSendOn, DEMO_WINDOW_MS, planDemoConversations } from './demo-conversations.ts';
import { type MessageRow, type PlanAccount, ticketStatuses } from './demo-rows.ts';

const accounts: PlanAccount[] = [
  { id: 'help', teamId: 'support', teamKind: 'support', platform: 'api', handle: '@northwind_help' },
  { id: 'x', teamId: 'support', teamKind: 'support', platform: 'x', handle: '@NorthwindOutfit' },
  { id: 'sales', teamId: 'sales', teamKind: 'sales', platform: 'api', handle: '@northwind_sales' },
  { id: 'wa', teamId: 'sales', teamKind: 'sales', platform: 'whatsapp', handle: '+1 555 0142' },
];
const authors = {
  support: [
    { id: 'u-agent', firstName: 'Jenna', role: 'agent' as const },
    { id: 'u-sup', firstName: 'Marcus', role: 'supervisor' as const },
  ],
  sales: [{ id: 'u-sales', firstName: 'Leo', role: 'agent' as const }],
};
const now = new Date('2026-03-02T12:00:00Z');

function plan(seed?: number) {
  let n = 0;
  return planDemoConversations({ accounts, authors, now, seed, newId: () => `id-${++n}` });
}

describe('planDemoConversations', () => {
  it('is reproducible', () => {
    expect(plan(4)).toEqual(plan(4));
  });

  for (const seed of [undefined, 1, 2, 3]) {
    describe(`seed ${seed ?? 'default'}`, () => {
      const p = plan(seed);

      it('has the demo’s size: a few dozen customers, every status an account can have, a few hundred messages', () => {
        for (const a of accounts) {
          const count = p.customers.filter((c) => c.account_id === a.id).length;
          expect(count).toBeGreaterThanOrEqual(12);
          expect(count).toBeLessThanOrEqual(15);
          const statuses = new Set(p.tickets.filter((t) => t.account_id === a.id).map((t) => t.status));
          const possible = a.platform === 'api' ? ticketStatuses : ['open', 'transferred', 'unknown'];
          expect([...statuses].sort()).toEqual([...possible].sort());
        }
        expect(p.messages.length).toBeGreaterThanOrEqual(180);
        expect(p.messages.length).toBeLessThanOrEqual(350);
      });

      it('shows no reply on a platform Parley cannot send on yet (X, WhatsApp)', () => {
        const cannotSend = new Set(accounts.filter((a) => !canSendOn(a.platform)).map((a) => a.id));
        expect(cannotSend.size).toBe(2);
        expect(p.messages.filter((m) => cannotSend.has(m.account_id) && m.direction === 'out')).toEqual([]);
        expect(p.messages.filter((m) => cannotSend.has(m.account_id)).length).toBeGreaterThan(20);
        expect(p.messages.filter((m) => !cannotSend.has(m.account_id) && m.direction === 'out').length).toBeGreaterThan(50);
      });

      it('keeps each customer to one unfinished ticket, their latest (TIC-1)', () => {
        for (const c of p.customers) {
          const tickets = p.tickets.filter((t) => t.customer_id === c.id).sort((a, b) => +a.created_at - +b.created_at);
          expect(tickets.length).toBeGreaterThan(0);
          expect(tickets.slice(0, -1).every((t) => t.status === 'closed')).toBe(true);
          for (let i = 1; i < tickets.length; i++) expect(+tickets[i]!.created_at).toBeGreaterThan(+tickets[i - 1]!.updated_at);
          expect(+c.created_at).toBe(+tickets[0]!.created_at);
        }
      });

      it('ends each conversation the way its status says', () => {
        const byId = new Map(p.messages.map((m) => [m.id, m]));
        for (const t of p.tickets) {
          const ms = p.messages.filter((m) => m.ticket_id === t.id);
          const first = ms[0] as MessageRow;
          const last = ms[ms.length - 1] as MessageRow;
          expect(first.direction).toBe('in');
          expect(+t.created_at).toBe(+first.sent_at);
          expect(+t.updated_at).toBe(+last.sent_at);
          if (t.status === 'open' || t.status === 'transferred' || t.status === 'unknown') expect(last.direction).toBe('in');
          if (t.status === 'replied' || t.status === 'awaiting') expect(last.direction).toBe('out');
          for (const m of ms.filter((x) => x.direction === 'out')) {
            const parent = byId.get(m.parent_id ?? '');
            expect(parent?.direction).toBe('in');
            expect(parent?.ticket_id).toBe(t.id);
            expect(+parent!.sent_at).toBeLessThan(+m.sent_at);
            expect(m.platform_parent_id).toBe(parent!.platform_message_id);
            expect(m.delivery).toBe('sent');
          }
        }
      });

      it('uses the right kinds, authors and ids', () => {
        const teamOf = new Map(accounts.map((a) => [a.id, a.teamId]));
        for (const m of p.messages) {
          if (m.account_id === 'wa') expect(m.kind).toBe('dm');
          if (m.direction === 'in') {
            expect(m.author_id).toBeNull();
            expect(m.delivery).toBe('received');
            expect(m.platform_message_id).toMatch(/^seed-in-\d+$/);
          } else {
            expect(['dm', 'reply']).toContain(m.kind);
            expect(authors[teamOf.get(m.account_id) as 'support' | 'sales'].map((a) => a.id)).toContain(m.author_id);
            expect(m.platform_message_id).toMatch(/^seed-out-\d+$/);
          }
          expect(+m.sent_at).toBeLessThanOrEqual(+now);
          expect(+m.sent_at).toBeGreaterThanOrEqual(+now - DEMO_WINDOW_MS);
        }
        expect(new Set(p.messages.map((m) => `${m.account_id}/${m.platform_message_id}`)).size).toBe(p.messages.length);
        expect(new Set(p.customers.map((c) => `${c.account_id}/${c.platform_customer_id}`)).size).toBe(p.customers.length);
        expect(p.messages.some((m) => m.kind === 'mention' && m.text.includes('@northwind_help'))).toBe(true);
        expect(p.messages.some((m) => m.kind === 'comment')).toBe(true);
      });
    });
  }
});
