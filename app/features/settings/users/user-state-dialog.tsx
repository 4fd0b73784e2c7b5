import { useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import type { SettingsUser } from './users-table.tsx';

type Props = { user: SettingsUser; onClose: () => void };

/** ORG-6: disable (sessions end at once) or enable a user; the server's refusal stays in view. */
export function UserStateDialog({ user, onClose }: Props) {
  const run = useRunMutation();
  // What was asked, fixed when the dialog opens: the optimistic write changes `user` at once.
  const [disabling] = useState(!user.disabledAt);

  async function confirm() {
    const outcome = await run(disabling ? mutators.user.disable({ id: user.id }) : mutators.user.enable({ id: user.id }));
    return outcome.ok ? undefined : outcome.message;
  }

  if (!disabling) {
    return (
      <ConfirmDialog title={`Enable ${user.name}?`} confirmLabel="Enable user" onConfirm={confirm} onClose={onClose}>
        <p>
          <strong>{user.name}</strong> can log in again with their current password, and sees their teams’ messages as
          before.
        </p>
      </ConfirmDialog>
    );
  }
  return (
    <ConfirmDialog title={`Disable ${user.name}?`} confirmLabel="Disable user" danger onConfirm={confirm} onClose={onClose}>
      <p>
        <strong>{user.name}</strong> is logged out at once on every device and cannot log in until a superadmin enables
        them again.
      </p>
      <p>Nothing is deleted: their replies, notes and memberships stay, and you can enable them at any time.</p>
    </ConfirmDialog>
  );
}
