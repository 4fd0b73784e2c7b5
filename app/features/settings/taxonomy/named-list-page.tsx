import type { QueryResultDetails } from '@rocicorp/zero';
import type { ReactNode } from 'react';
import { formatCount } from '../../../components/format-count.ts';
import { QueryState } from '../query-state.tsx';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import { NamedCreateForm } from './named-create-form.tsx';
import type { NamedItem, NamedItemMutators } from './named-item.ts';
import { NamedItemRow } from './named-item-row.tsx';

type Props = {
  title: string;
  /** Singular and plural, lower case: "tag", "tags". */
  noun: string;
  plural: string;
  lead: ReactNode;
  /** Why system entries cannot be renamed or deleted. */
  systemNote: string;
  items: readonly NamedItem[];
  details: QueryResultDetails;
  mutators: NamedItemMutators;
};

/** TAX-2..4: a flat list of named entries; system ones first and locked, the rest editable. */
export function NamedListPage({ title, noun, plural, lead, systemNote, items, details, mutators }: Props) {
  const sorted = [...items].sort((a, b) => Number(b.isSystem) - Number(a.isSystem) || a.name.localeCompare(b.name));
  const hasSystem = items.some((i) => i.isSystem);
  return (
    <div className="settings-page">
      <SettingsPageHeader title={title}>{lead}</SettingsPageHeader>
      <SettingsPanel title={`Add a ${noun}`}>
        <NamedCreateForm noun={noun} create={mutators.create} />
      </SettingsPanel>
      <SettingsPanel title={title} description={formatCount(items.length, noun, plural)}>
        {hasSystem && <p className="note panel__note">{systemNote}</p>}
        <QueryState
          details={details}
          count={items.length}
          what={plural}
          empty={{ title: `No ${plural} yet`, body: `Add the first ${noun} above.` }}
        >
          <ul className="row-list" aria-label={title}>
            {sorted.map((item) => (
              <NamedItemRow key={item.id} item={item} noun={noun} mutators={mutators} />
            ))}
          </ul>
        </QueryState>
      </SettingsPanel>
    </div>
  );
}
