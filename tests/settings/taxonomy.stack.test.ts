import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mutators } from '../../schema/mutators/index.ts';
import { createUser } from '../support/demo.ts';
import { serverMutatorRunner } from '../support/server-mutate.ts';
import { serverVerdict } from '../support/server-verdict.ts';
import { keepBaseline } from '../support/settings-baseline.ts';
import { freshCategory, freshNamed, uniqueName } from '../support/settings-fixtures.ts';
import { connectZero, signIn, type ZeroClient } from '../support/zero-client.ts';

// TAX-1..TAX-4 beyond permissions: what deleting or moving a category, tag, customer type or
// gender does to the tickets and customers that use it.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 3, onnotice: () => {} });
let z: ZeroClient;
let restoreBaseline: () => Promise<void>;
let tickets: { id: string; team_id: string; customer_id: string }[];

beforeAll(async () => {
  restoreBaseline = await keepBaseline(sql);
  const boss = await createUser(sql);
  await sql`UPDATE profile SET is_superadmin = true WHERE id = ${boss.id}`;
  z = connectZero(stack.zeroUrl, await signIn(stack.url, boss.email, boss.password));
  tickets = await sql`SELECT id, team_id, customer_id FROM ticket ORDER BY number LIMIT 3`;
});
afterAll(async () => {
  await z?.close();
  await restoreBaseline?.();
  await sql.end();
});

const ok = async (request: Parameters<ZeroClient['mutate']>[0]) => {
  const result = await serverVerdict(z, z.mutate(request), sql);
  expect(result).toEqual({ type: 'success' });
};
const file = (ticket: (typeof tickets)[number], categoryId: string) =>
  sql`INSERT INTO ticket_category (ticket_id, category_id, team_id) VALUES (${ticket.id}, ${categoryId}, ${ticket.team_id})`;
const linksOf = (categoryIds: string[]) =>
  sql<{ ticket_id: string; category_id: string }[]>`SELECT ticket_id, category_id FROM ticket_category WHERE category_id IN ${sql(categoryIds)} ORDER BY ticket_id, category_id`;
const parentOf = async (id: string) => {
  const [row] = await sql`SELECT parent_id FROM category WHERE id = ${id}`;
  return row ? row.parent_id : 'gone';
};

describe('categories (TAX-1)', () => {
  it('deleting one moves its sub-categories up and its tickets to another category, once each', async () => {
    const top = await freshCategory(sql);
    const doomed = await freshCategory(sql, { parentId: top });
    const [late, lost] = [await freshCategory(sql, { parentId: doomed }), await freshCategory(sql, { parentId: doomed })];
    const target = await freshCategory(sql);
    const [t1, t2] = [tickets[0]!, tickets[1]!];
    await file(t1, doomed);
    await file(t2, doomed);
    await file(t2, target);

    await ok(mutators.category.delete({ id: doomed, children: 'moveUp', reassignTo: target }));
    expect(await parentOf(doomed)).toBe('gone');
    expect([await parentOf(late), await parentOf(lost)]).toEqual([top, top]);
    const expected = [t1.id, t2.id].sort().map((ticket_id) => ({ ticket_id, category_id: target }));
    expect(await linksOf([doomed, target])).toEqual(expected);
    const [row] = await sql`SELECT after FROM audit_log WHERE action = 'category.delete' AND entity_id = ${doomed}`;
    expect(row?.after).toMatchObject({ children: 'moveUp', deletedIds: [doomed], movedUp: 2, ticketLinks: 2 });
  });

  it('deleting one with its sub-categories unfiles their tickets when no other category is given', async () => {
    const doomed = await freshCategory(sql);
    const child = await freshCategory(sql, { parentId: doomed });
    const grandchild = await freshCategory(sql, { parentId: child });
    await file(tickets[0]!, child);
    await file(tickets[1]!, grandchild);
    await ok(mutators.category.delete({ id: doomed, children: 'delete', reassignTo: null }));
    expect(await sql`SELECT 1 FROM category WHERE id IN ${sql([doomed, child, grandchild])}`).toHaveLength(0);
    expect(await linksOf([doomed, child, grandchild])).toHaveLength(0);
  });

  it('a sub-category named like the category it leaves moves up in its place', async () => {
    const name = uniqueName('Orders');
    const doomed = await freshCategory(sql, { name });
    const child = await freshCategory(sql, { parentId: doomed, name });
    await ok(mutators.category.delete({ id: doomed, children: 'moveUp', reassignTo: null }));
    expect(await sql`SELECT name, parent_id FROM category WHERE id = ${child}`).toEqual([{ name, parent_id: null }]);
  });

  it('the same name may be used under different parents, and a category can move to the top level', async () => {
    const [a, b] = [await freshCategory(sql), await freshCategory(sql)];
    const id = randomUUID();
    await ok(mutators.category.create({ id: randomUUID(), name: 'Delivery', parentId: a }));
    await ok(mutators.category.create({ id, name: 'Delivery', parentId: b }));
    await ok(mutators.category.update({ id, parentId: null, name: uniqueName('Delivery') }));
    expect(await parentOf(id)).toBeNull();
  });
});

describe('tags, customer types and genders (TAX-2..4)', () => {
  it('deleting a tag takes it off every ticket', async () => {
    const tag = await freshNamed(sql, 'tag');
    await sql`INSERT INTO ticket_tag (ticket_id, tag_id, team_id) VALUES (${tickets[0]!.id}, ${tag}, ${tickets[0]!.team_id})`;
    await ok(mutators.tag.delete({ id: tag }));
    expect(await sql`SELECT 1 FROM ticket_tag WHERE tag_id = ${tag}`).toHaveLength(0);
    expect(await sql`SELECT 1 FROM tag WHERE id = ${tag}`).toHaveLength(0);
  });

  it('deleting a customer type takes it off every customer', async () => {
    const type = await freshNamed(sql, 'customer_type');
    const t = tickets[0]!;
    await sql`INSERT INTO customer_customer_type (customer_id, customer_type_id, team_id) VALUES (${t.customer_id}, ${type}, ${t.team_id})`;
    await ok(mutators.customerType.delete({ id: type }));
    expect(await sql`SELECT 1 FROM customer_customer_type WHERE customer_type_id = ${type}`).toHaveLength(0);
  });

  it('customers of a deleted gender become Unknown', async () => {
    const gender = await freshNamed(sql, 'gender');
    const customer = tickets[1]!.customer_id;
    await sql`UPDATE customer SET gender_id = ${gender} WHERE id = ${customer}`;
    await ok(mutators.gender.delete({ id: gender }));
    expect(await sql`SELECT gender_id FROM customer WHERE id = ${customer}`).toEqual([{ gender_id: 'gender-unknown' }]);
  });

  it('two superadmins creating the same tag at once: one wins, the other gets the duplicate words', async () => {
    const name = uniqueName('Rush');
    const run = serverMutatorRunner(sql);
    const ctx = { userID: (await sql`SELECT id FROM profile WHERE is_superadmin AND disabled_at IS NULL LIMIT 1`)[0]!.id as string, isSuperadmin: true };
    // Both may pass the check before either commits; the unique index then answers the same way.
    const outcomes = await Promise.all([name, name.toUpperCase()].map((n) => run(mutators.tag.create({ id: randomUUID(), name: n }), ctx)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toMatchObject({ message: expect.stringMatching(/already exists. Use it, or choose another name/) });
  });

  it('renaming keeps the row and records before and after', async () => {
    const name = uniqueName('shipping delay');
    const tag = await freshNamed(sql, 'tag', name);
    const capitalised = `S${name.slice(1)}`; // a change of case alone is a rename, not a duplicate
    await ok(mutators.tag.update({ id: tag, name: capitalised }));
    const [row] = await sql`SELECT before, after FROM audit_log WHERE action = 'tag.update' AND entity_id = ${tag}`;
    expect(row).toEqual({ before: { name }, after: { name: capitalised } });
  });
});
