import type { QueryResultDetails } from '@rocicorp/zero';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../query-state.tsx';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import { NamedCreateForm } from './named-create-form.tsx';
import type { NamedItem, NamedItemMutators } from './named-item.ts';
import { NamedItemRow } from './named-item-row.tsx';

/** Which list; its words are under `settings:named.<kind>`. */
export type NamedKind = 'tags' | 'customerTypes' | 'genders';

type Props = {
  kind: NamedKind;
  /** The contract's English noun ("tag"), which names the field in its own messages. */
  noun: string;
  items: readonly NamedItem[];
  details: QueryResultDetails;
  mutators: NamedItemMutators;
};

/** TAX-2..4: a flat list of named entries; system ones first and locked, the rest editable. */
export function NamedListPage({ kind, noun, items, details, mutators }: Props) {
  const { t } = useTranslation('settings');
  const title = t(`named.${kind}.title`);
  const sorted = [...items].sort((a, b) => Number(b.isSystem) - Number(a.isSystem) || a.name.localeCompare(b.name));
  const hasSystem = items.some((i) => i.isSystem);
  return (
    <div className="settings-page">
      <SettingsPageHeader title={title}>
        <p>{t(`named.${kind}.lead`)}</p>
      </SettingsPageHeader>
      <SettingsPanel title={t(`named.${kind}.add`)}>
        <NamedCreateForm kind={kind} noun={noun} create={mutators.create} />
      </SettingsPanel>
      <SettingsPanel title={title} description={t(`named.${kind}.count`, { count: items.length })}>
        {hasSystem && <p className="note panel__note">{t(`named.${kind}.systemNote`)}</p>}
        <QueryState
          details={details}
          count={items.length}
          what={kind}
          empty={{ title: t(`named.${kind}.emptyTitle`), body: t(`named.${kind}.emptyBody`) }}
        >
          <ul className="row-list" aria-label={title}>
            {sorted.map((item) => (
              <NamedItemRow key={item.id} item={item} kind={kind} noun={noun} mutators={mutators} />
            ))}
          </ul>
        </QueryState>
      </SettingsPanel>
    </div>
  );
}
