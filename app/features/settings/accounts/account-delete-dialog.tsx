import { mutators } from '../../../../schema/mutators/index.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import type { SettingsAccount } from './settings-account.ts';

type Props = { account: SettingsAccount; onClose: () => void };

/** ORG-3: deleting stops new messages; the history stays readable. */
export function AccountDeleteDialog({ account, onClose }: Props) {
  const run = useRunMutation();
  async function confirm() {
    const outcome = await run(mutators.account.delete({ id: account.id }));
    return outcome.ok ? undefined : outcome.message;
  }
  return (
    <ConfirmDialog title={`Delete ${account.name}?`} confirmLabel="Delete account" danger onConfirm={confirm} onClose={onClose}>
      <p>
        Parley stops receiving and sending messages for <strong>{account.name}</strong>. Its customers, tickets and
        conversations stay readable by the team, marked as from a deleted account.
      </p>
      <p>This cannot be undone; to use the account again, add it again (also to move it to another team).</p>
    </ConfirmDialog>
  );
}
