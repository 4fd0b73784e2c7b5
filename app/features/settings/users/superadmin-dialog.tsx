import { useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import type { SettingsUser } from './users-table.tsx';

type Props = { user: SettingsUser; isLastActiveSuperadmin: boolean; onClose: () => void };

/** ORG-6: grants or takes the superadmin role; the last active superadmin cannot lose it. */
export function SuperadminDialog({ user, isLastActiveSuperadmin, onClose }: Props) {
  const run = useRunMutation();
  // What was asked, fixed when the dialog opens: the optimistic write changes `user` at once.
  const [granting] = useState(!user.isSuperadmin);

  async function confirm() {
    // The server refuses this too; asking it would first take the role away optimistically,
    // and with it this very Settings page, before the refusal could be shown.
    if (!granting && isLastActiveSuperadmin) {
      return `${user.name} is the last active superadmin and cannot be demoted. Make another user superadmin first.`;
    }
    const outcome = await run(mutators.user.setSuperadmin({ id: user.id, isSuperadmin: granting }));
    return outcome.ok ? undefined : outcome.message;
  }

  return (
    <ConfirmDialog
      title={granting ? `Make ${user.name} a superadmin?` : `Remove superadmin from ${user.name}?`}
      confirmLabel={granting ? 'Make superadmin' : 'Remove superadmin'}
      danger={!granting}
      onConfirm={confirm}
      onClose={onClose}
    >
      {granting ? (
        <p>
          A superadmin can do everything in every team: read all messages, manage users, teams, accounts and the
          configuration.
        </p>
      ) : (
        <p>
          <strong>{user.name}</strong> keeps their team memberships and roles, but loses access to the teams they are
          not a member of and to global settings.
        </p>
      )}
    </ConfirmDialog>
  );
}
