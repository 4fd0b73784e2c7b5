import { useQuery } from '@rocicorp/zero/react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { queries } from '../../../../schema/queries/index.ts';
import { NamedListPage } from './named-list-page.tsx';

const tagMutators = {
  create: mutators.tag.create,
  update: mutators.tag.update,
  remove: mutators.tag.delete,
};

/** TAX-2, superadmin: tags for tickets; the sentiment tags are built in. */
export function TagsPage() {
  const [tags, details] = useQuery(queries.taxonomy.tags());
  return (
    <NamedListPage
      kind="tags"
      noun="tag"
      items={tags}
      details={details}
      mutators={tagMutators}
    />
  );
}
