import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../../schema/queries/index.ts';
import { formatCount } from '../../../components/format-count.ts';
import { QueryState } from '../query-state.tsx';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import { CategoryCreateForm } from './category-create-form.tsx';
import { CategoryRow } from './category-row.tsx';
import { flattenTree } from './category-tree.ts';

/** TAX-1, superadmin: the category tree (any depth): create, rename, move, delete. */
export function CategoriesPage() {
  const [categories, details] = useQuery(queries.taxonomy.categories());
  const tree = flattenTree(categories);
  return (
    <div className="settings-page">
      <SettingsPageHeader title="Categories">
        <p>
          Agents file tickets under categories, as many as fit, and reports count by them. Categories form a tree: put
          one under another to group them, as deep as you need.
        </p>
      </SettingsPageHeader>
      <SettingsPanel title="Add a category">
        <CategoryCreateForm categories={categories} />
      </SettingsPanel>
      <SettingsPanel title="Category tree" description={formatCount(categories.length, 'category', 'categories')}>
        <QueryState
          details={details}
          count={categories.length}
          what="categories"
          empty={{ title: 'No categories yet', body: 'Add the first category above; add sub-categories under it later.' }}
        >
          <ul className="row-list category-tree" aria-label="Category tree">
            {tree.map((entry) => (
              <CategoryRow key={entry.category.id} entry={entry} categories={categories} />
            ))}
          </ul>
        </QueryState>
      </SettingsPanel>
    </div>
  );
}
