import { randomUUID } from 'node:crypto';

/** The demo's categories (TAX-1), a tree as a support team of an outdoor retailer files tickets. */
const categoryTree: Record<string, string[]> = {
  Orders: ['Delivery', 'Returns', 'Exchanges'],
  Billing: ['Refunds', 'Invoices'],
  Products: ['Sizing', 'Care and repairs'],
  'Business enquiries': ['Bulk orders', 'Samples'],
};

/** Tags (TAX-2) beside the sentiment ones the migration creates. */
const demoTags = ['damaged item', 'follow-up', 'first contact'];

export function demoTaxonomyRows(since: Date) {
  const categories: { id: string; name: string; parent_id: string | null; created_at: Date }[] = [];
  for (const [parent, children] of Object.entries(categoryTree)) {
    const id = randomUUID();
    categories.push({ id, name: parent, parent_id: null, created_at: since });
    for (const child of children) categories.push({ id: randomUUID(), name: child, parent_id: id, created_at: since });
  }
  const tags = demoTags.map((name) => ({ id: randomUUID(), name, is_system: false, created_at: since }));
  return { categories, tags };
}
