import { useQuery } from '@rocicorp/zero/react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { queries } from '../../../../schema/queries/index.ts';
import { NamedListPage } from './named-list-page.tsx';

const genderMutators = {
  create: mutators.gender.create,
  update: mutators.gender.update,
  remove: mutators.gender.delete,
};

/** TAX-4, superadmin: genders; Male, Female and Unknown always exist. */
export function GendersPage() {
  const [genders, details] = useQuery(queries.taxonomy.genders());
  return (
    <NamedListPage
      kind="genders"
      noun="gender"
      items={genders}
      details={details}
      mutators={genderMutators}
    />
  );
}
