import { describe, expect, it } from 'vitest';
import { createDemoContent, drawVars, fillTemplate } from './demo-content.ts';
import { details, nudges, publicDetails, thanks } from './demo-texts-follow-ups.ts';
import { answers, closings, questions } from './demo-texts-replies.ts';
import { salesOpenings } from './demo-texts-sales.ts';
import { supportOpenings } from './demo-texts-support.ts';
import { createRng } from './prng.ts';

function sample(seed: number, n = 40) {
  const content = createDemoContent(seed);
  return Array.from({ length: n }, (_, i) => {
    const team = i % 3 === 0 ? 'sales' : 'support';
    const customer = content.customer(i % 2 === 0 ? 'x' : 'whatsapp');
    const c = content.conversation(team, customer);
    return [customer.handle, c.title, c.opening('mention', '@northwind_help'), c.answer('Jenna', customer.handle), c.detail(false)].join('|');
  });
}

describe('demo content', () => {
  it('is the same for the same seed and different for another', () => {
    expect(sample(7)).toEqual(sample(7));
    expect(sample(8)).not.toEqual(sample(7));
  });

  it('has enough distinct texts that the demo does not look canned', () => {
    const inbound = new Set([
      ...supportOpenings.map((t) => t.text),
      ...salesOpenings.map((t) => t.text),
      ...nudges,
      ...thanks,
      ...publicDetails,
      ...details.support,
      ...details.sales,
    ]);
    const replies = new Set([...Object.values(answers).flat(), ...questions.support, ...questions.sales, ...closings]);
    expect(supportOpenings.length + salesOpenings.length).toBeGreaterThanOrEqual(60);
    expect(inbound.size).toBeGreaterThanOrEqual(90);
    expect(replies.size).toBeGreaterThanOrEqual(25);
    // Titles are summaries of distinct questions.
    const titles = [...supportOpenings, ...salesOpenings].map((t) => t.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('fills every placeholder of every text', () => {
    const rng = createRng(1);
    const vars = { ...drawVars(rng, { platformCustomerId: '1', handle: '@kate', name: 'Kate Morales', firstName: 'Kate' }), agent: 'Jenna' };
    const all = [
      ...[...supportOpenings, ...salesOpenings].map((t) => t.text),
      ...Object.values(answers).flat(), ...questions.support, ...questions.sales, ...closings,
      ...nudges, ...thanks, ...publicDetails, ...details.support, ...details.sales,
    ];
    for (const text of all) expect(fillTemplate(text, vars)).not.toMatch(/\{\w+\}/);
    expect(() => fillTemplate('{nope}', vars)).toThrow(/nope/);
  });

  it('names the account in mentions and the customer in public replies', () => {
    const content = createDemoContent(3);
    for (let i = 0; i < 30; i++) {
      const customer = content.customer('x');
      const c = content.conversation('support', customer);
      expect(c.opening('mention', '@NorthwindOutfit')).toContain('@NorthwindOutfit');
      expect(c.opening('dm', '@NorthwindOutfit')).not.toContain('@NorthwindOutfit');
      expect(c.answer('Jenna', customer.handle).startsWith(`${customer.handle} `)).toBe(true);
      expect(c.detail(true)).not.toMatch(/NW-\d|@mail\.example/);
    }
  });

  it('makes customers that look like each platform’s, never the same one twice', () => {
    const content = createDemoContent(11);
    const x = Array.from({ length: 200 }, () => content.customer('x'));
    const wa = Array.from({ length: 200 }, () => content.customer('whatsapp'));
    const api = Array.from({ length: 200 }, () => content.customer('api'));
    for (const c of x) expect(c.handle).toMatch(/^@[a-z0-9_.]{1,15}$/);
    for (const c of x) expect(c.platformCustomerId).toMatch(/^\d{19}$/);
    for (const c of wa) expect(c.handle).toMatch(/^\+\d/);
    for (const c of api) expect(c.platformCustomerId).toMatch(/^cust_[a-z0-9]{10}$/);
    for (const list of [x, wa, api]) expect(new Set(list.map((c) => c.platformCustomerId)).size).toBe(list.length);
    for (const c of [...x, ...wa, ...api]) expect(c.name.startsWith(`${c.firstName} `)).toBe(true);
  });

  it('generates many different opening messages', () => {
    const content = createDemoContent(5);
    const openings = new Set(
      Array.from({ length: 300 }, (_, i) => content.conversation(i % 2 ? 'sales' : 'support', content.customer('api')).opening('dm', '@n')),
    );
    expect(openings.size).toBeGreaterThanOrEqual(150);
  });
});
