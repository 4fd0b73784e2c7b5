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
      title="Genders"
      noun="gender"
      plural="genders"
      lead={<p>The gender on a customer’s profile; reports count by gender.</p>}
      systemNote="Male, Female and Unknown always exist, so every customer has a gender to report under; they cannot be renamed or deleted."
      items={genders}
      details={details}
      mutators={genderMutators}
    />
  );
}
