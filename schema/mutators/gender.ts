import { zql } from '../schema.ts';
import { namedTaxonomyMutators } from './named-taxonomy.ts';

/** The system gender customers fall back to when theirs is deleted. */
export const UNKNOWN_GENDER_ID = 'gender-unknown';

/**
 * TAX-4: genders (create, rename, delete). Male, Female and Unknown always exist; customers
 * of a deleted gender become Unknown.
 * Access: the superadmin.
 */
export const genderMutators = namedTaxonomyMutators({
  table: 'gender',
  action: 'gender',
  entity: 'gender',
  what: 'gender',
  uniqueIndex: 'gender_name_uq',
  systemRefusal: 'Male, Female and Unknown always exist and cannot be renamed or deleted. Add another gender instead.',
  async detach(tx, id) {
    const customers = await tx.run(zql.customer.where('genderId', id));
    for (const c of customers) await tx.mutate.customer.update({ id: c.id, genderId: UNKNOWN_GENDER_ID });
    return customers.length;
  },
});
