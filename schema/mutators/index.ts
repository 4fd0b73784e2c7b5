import { defineMutators } from '@rocicorp/zero';
import { connectAccount, createAccount, deleteAccount, updateAccount } from './account.ts';
import { createCategory, updateCategory } from './category.ts';
import { deleteCategory } from './category-delete.ts';
import { updateConfig } from './config.ts';
import { customerTypeMutators } from './customer-type.ts';
import { genderMutators } from './gender.ts';
import { addMember, removeMember, setMemberRole } from './member.ts';
import { sendReply } from './message.ts';
import { retryReply } from './message-retry.ts';
import { tagMutators } from './tag.ts';
import { createTeam } from './team.ts';
import { disableUser, enableUser, setSuperadmin } from './user.ts';

/** The one registry of mutators shared by client and server; names read as sentences. */
export const mutators = defineMutators({
  message: { reply: sendReply, retry: retryReply },
  team: { create: createTeam },
  user: { disable: disableUser, enable: enableUser, setSuperadmin },
  member: { add: addMember, setRole: setMemberRole, remove: removeMember },
  account: { create: createAccount, update: updateAccount, connect: connectAccount, delete: deleteAccount },
  category: { create: createCategory, update: updateCategory, delete: deleteCategory },
  tag: tagMutators,
  customerType: customerTypeMutators,
  gender: genderMutators,
  config: { update: updateConfig },
});
