import { zql } from '../schema.ts';
import { namedTaxonomyMutators } from './named-taxonomy.ts';

/**
 * TAX-3: customer types (create, rename, delete). Deleting one takes it off every customer;
 * VIP and Important always exist. New types rank below them.
 * Access: the superadmin.
 */
export const customerTypeMutators = namedTaxonomyMutators({
  table: 'customerType',
  action: 'customerType',
  entity: 'customer_type',
  what: 'customer type',
  uniqueIndex: 'customer_type_name_uq',
  systemRefusal: 'VIP and Important always exist and cannot be renamed or deleted. Add a new customer type instead.',
  defaults: { rank: 0 },
  async detach(tx, id) {
    const links = await tx.run(zql.customerCustomerType.where('customerTypeId', id));
    for (const link of links) await tx.mutate.customerCustomerType.delete({ customerId: link.customerId, customerTypeId: id });
    return links.length;
  },
});
