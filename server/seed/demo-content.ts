import { type DemoCustomer, type DemoPlatform, generateCustomer } from './demo-people.ts';
import { details, nudges, publicDetails, thanks } from './demo-texts-follow-ups.ts';
import { answers, closings, questions } from './demo-texts-replies.ts';
import { salesOpenings } from './demo-texts-sales.ts';
import { supportOpenings } from './demo-texts-support.ts';
import type { DemoTeamKind, Topic } from './demo-topics.ts';
import { cities, companies, countries, discountCodes, months, products, sizes, weekdays } from './demo-vocabulary.ts';
import { createRng, type Rng } from './prng.ts';

export type { DemoCustomer, DemoPlatform } from './demo-people.ts';
export type { DemoTeamKind, Topic } from './demo-topics.ts';

export type InboundKind = 'dm' | 'comment' | 'mention';

/**
 * One conversation's texts. The placeholders are drawn once per conversation, so a customer
 * who gives order NW-123456 in their first message gives the same number when asked again.
 */
export type DemoConversation = {
  topic: Topic;
  /** A short summary for the ticket title. */
  title: string;
  /** The first message. A mention names the account's handle, as it would on X. */
  opening(kind: InboundKind, accountHandle: string): string;
  nudge(): string;
  /** What we asked for; in a public thread the customer says they sent it by DM instead. */
  detail(inPublic: boolean): string;
  thanks(agentFirstName: string): string;
  /** `publicTo` is the customer's @handle when the reply is public, so it addresses them. */
  answer(agentFirstName: string, publicTo?: string): string;
  question(agentFirstName: string, publicTo?: string): string;
  closing(agentFirstName: string, publicTo?: string): string;
};

export type DemoContent = {
  rng: Rng;
  /** A customer not yet returned by this generator on that platform. */
  customer(platform: DemoPlatform): DemoCustomer;
  conversation(team: DemoTeamKind, customer: DemoCustomer): DemoConversation;
};

const postcodes = ['LS6 2QT', 'BS8 1TH', 'G12 8QQ', 'M14 5RB', 'CF10 3AT', 'EH9 1PR', 'YO1 7HH', '80302'];
const quantities = [20, 25, 40, 50, 60, 75, 100, 120, 150, 200, 250, 300, 500];

/** Fills `{key}` placeholders; a missing key is a bug in the texts, so it throws. */
export function fillTemplate(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new Error(`Demo text placeholder {${key}} has no value.`);
    return value;
  });
}

function other<T>(rng: Rng, items: readonly T[], not: T): T {
  const rest = items.filter((item) => item !== not);
  return rng.pick(rest.length > 0 ? rest : items);
}

/** Values for every placeholder the demo texts use, drawn once per conversation. */
export function drawVars(rng: Rng, customer: DemoCustomer): Record<string, string> {
  const product = rng.pick(products);
  const city = rng.pick(cities);
  const [first = 'customer', last = 'demo'] = customer.name.toLowerCase().split(' ');
  return {
    name: customer.firstName,
    order: `NW-${rng.int(100000, 999999)}`,
    product,
    product2: other(rng, products, product),
    size: rng.pick(sizes),
    weekday: rng.pick(weekdays),
    days: String(rng.int(3, 12)),
    amount: `$${rng.int(8, 189)}.${rng.pick(['00', '50', '95', '99'])}`,
    city,
    city2: other(rng, cities, city),
    country: rng.pick(countries),
    code: rng.pick(discountCodes),
    quote: `Q-${rng.int(10000, 99999)}`,
    qty: String(rng.pick(quantities)),
    seats: String(rng.int(15, 400)),
    month: rng.pick(months),
    company: rng.pick(companies),
    postcode: rng.pick(postcodes),
    email: `${first}.${last}@mail.example`,
  };
}

export function createDemoContent(seed: number): DemoContent {
  const rng = createRng(seed);
  const taken = new Set<string>();

  const customer = (platform: DemoPlatform): DemoCustomer => {
    for (;;) {
      const candidate = generateCustomer(rng, platform);
      const key = `${platform}:${candidate.platformCustomerId}`;
      if (taken.has(key)) continue;
      taken.add(key);
      return candidate;
    }
  };

  const conversation = (team: DemoTeamKind, who: DemoCustomer): DemoConversation => {
    const template = rng.pick(team === 'sales' ? salesOpenings : supportOpenings);
    const vars = drawVars(rng, who);
    const fill = (text: string, agent = '') => fillTemplate(text, { ...vars, agent });
    const reply = (texts: readonly string[], agent: string, publicTo?: string) => {
      const body = fill(rng.pick(texts), agent);
      if (publicTo) return `${publicTo} ${body}`;
      // Agents sign some private messages, as many teams ask them to.
      return rng.chance(0.3) ? `${body}\n\n– ${agent}` : body;
    };
    return {
      topic: template.topic,
      title: template.title,
      opening: (kind, accountHandle) => {
        const text = fill(template.text);
        if (kind !== 'mention') return text;
        return rng.chance(0.7) ? `${accountHandle} ${text}` : `${text} ${accountHandle}`;
      },
      nudge: () => rng.pick(nudges),
      detail: (inPublic) => fill(rng.pick(inPublic ? publicDetails : details[team])),
      thanks: (agent) => fill(rng.pick(thanks), agent),
      answer: (agent, publicTo) => reply(answers[template.topic], agent, publicTo),
      question: (agent, publicTo) => reply(questions[team], agent, publicTo),
      closing: (agent, publicTo) => reply(closings, agent, publicTo),
    };
  };

  return { rng, customer, conversation };
}
