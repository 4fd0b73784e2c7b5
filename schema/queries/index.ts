import { defineQueries } from '@rocicorp/zero';
import { recentAudit } from './audit.ts';
import { currentConfig } from './config.ts';
import { customerConversation } from './conversation.ts';
import { currentUser, visibleAccounts } from './me.ts';
import { normalPlayer } from './player.ts';
import { settingsAccounts, settingsMembers, settingsTeams, settingsUsers } from './settings.ts';
import { taxonomyCategories, taxonomyCustomerTypes, taxonomyGenders, taxonomyTags } from './taxonomy.ts';

/** The one registry of synced queries; names read as sentences. */
export const queries = defineQueries({
  me: { current: currentUser },
  accounts: { visible: visibleAccounts },
  player: { normal: normalPlayer },
  customer: { conversation: customerConversation },
  settings: { teams: settingsTeams, users: settingsUsers, members: settingsMembers, accounts: settingsAccounts },
  taxonomy: { categories: taxonomyCategories, tags: taxonomyTags, customerTypes: taxonomyCustomerTypes, genders: taxonomyGenders },
  config: { current: currentConfig },
  audit: { recent: recentAudit },
});
