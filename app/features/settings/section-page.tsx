import { AccountsPage } from './accounts/accounts-page.tsx';
import { AuditPage } from './audit/audit-page.tsx';
import { ConfigPage } from './config/config-page.tsx';
import { MembersPage } from './members/members-page.tsx';
import type { SettingsSectionPath } from './settings-sections.ts';
import { CategoriesPage } from './taxonomy/categories-page.tsx';
import { CustomerTypesPage } from './taxonomy/customer-types-page.tsx';
import { GendersPage } from './taxonomy/genders-page.tsx';
import { TagsPage } from './taxonomy/tags-page.tsx';
import { TeamsPage } from './teams/teams-page.tsx';
import { UsersPage } from './users/users-page.tsx';

/** The page of one settings section. */
export function SectionPage({ path }: { path: SettingsSectionPath }) {
  switch (path) {
    case 'teams':
      return <TeamsPage />;
    case 'users':
      return <UsersPage />;
    case 'members':
      return <MembersPage />;
    case 'accounts':
      return <AccountsPage />;
    case 'categories':
      return <CategoriesPage />;
    case 'tags':
      return <TagsPage />;
    case 'customer-types':
      return <CustomerTypesPage />;
    case 'genders':
      return <GendersPage />;
    case 'configuration':
      return <ConfigPage />;
    case 'audit':
      return <AuditPage />;
  }
}
