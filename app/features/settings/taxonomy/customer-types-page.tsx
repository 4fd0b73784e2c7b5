import { useQuery } from '@rocicorp/zero/react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { queries } from '../../../../schema/queries/index.ts';
import { NamedListPage } from './named-list-page.tsx';

const customerTypeMutators = {
  create: mutators.customerType.create,
  update: mutators.customerType.update,
  remove: mutators.customerType.delete,
};

/** TAX-3, superadmin: customer types; VIP and Important are built in. */
export function CustomerTypesPage() {
  const [types, details] = useQuery(queries.taxonomy.customerTypes());
  return (
    <NamedListPage
      kind="customerTypes"
      noun="customer type"
      items={types}
      details={details}
      mutators={customerTypeMutators}
    />
  );
}
