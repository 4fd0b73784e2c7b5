import { useTranslation } from 'react-i18next';
import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../../schema/queries/index.ts';
import { QueryState } from '../query-state.tsx';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import { CategoryCreateForm } from './category-create-form.tsx';
import { CategoryRow } from './category-row.tsx';
import { flattenTree } from './category-tree.ts';

/** TAX-1, superadmin: the category tree (any depth): create, rename, move, delete. */
export function CategoriesPage() {
  const { t } = useTranslation('settings');
  const [categories, details] = useQuery(queries.taxonomy.categories());
  const tree = flattenTree(categories);
  return (
    <div className="settings-page">
      <SettingsPageHeader title={t('categories.title')}>
        <p>{t('categories.lead')}</p>
      </SettingsPageHeader>
      <SettingsPanel title={t('categories.add')}>
        <CategoryCreateForm categories={categories} />
      </SettingsPanel>
      <SettingsPanel title={t('categories.tree')} description={t('categories.count', { count: categories.length })}>
        <QueryState
          details={details}
          count={categories.length}
          what="categories"
          empty={{ title: t('categories.emptyTitle'), body: t('categories.emptyBody') }}
        >
          <ul className="row-list category-tree" aria-label={t('categories.tree')}>
            {tree.map((entry) => (
              <CategoryRow key={entry.category.id} entry={entry} categories={categories} />
            ))}
          </ul>
        </QueryState>
      </SettingsPanel>
    </div>
  );
}
