import { zql } from '../schema.ts';
import { namedTaxonomyMutators } from './named-taxonomy.ts';

/**
 * TAX-2: tags (create, rename, delete). Deleting one removes it from every ticket; the
 * sentiment tags stay as they are, reports count by them.
 * Access: the superadmin.
 */
export const tagMutators = namedTaxonomyMutators({
  table: 'tag',
  action: 'tag',
  entity: 'tag',
  what: 'tag',
  uniqueIndex: 'tag_name_uq',
  systemRefusal: 'The sentiment tags positive, negative and neutral always exist and cannot be renamed or deleted. Add a new tag instead.',
  async detach(tx, id) {
    const links = await tx.run(zql.ticketTag.where('tagId', id));
    for (const link of links) await tx.mutate.ticketTag.delete({ ticketId: link.ticketId, tagId: id });
    return links.length;
  },
});
