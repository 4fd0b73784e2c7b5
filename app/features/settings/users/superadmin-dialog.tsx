import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import type { SettingsUser } from './users-table.tsx';

type Props = { user: SettingsUser; isLastActiveSuperadmin: boolean; onClose: () => void };

/** ORG-6: grants or takes the superadmin role; the last active superadmin cannot lose it. */
export function SuperadminDialog({ user, isLastActiveSuperadmin, onClose }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  // What was asked, fixed when the dialog opens: the optimistic write changes `user` at once.
  const [granting] = useState(!user.isSuperadmin);

  async function confirm() {
    // The server refuses this too; asking it would first take the role away optimistically,
    // and with it this very Settings page, before the refusal could be shown.
    if (!granting && isLastActiveSuperadmin) {
      return t('users.lastSuperadmin', { name: user.name });
    }
    const outcome = await run(mutators.user.setSuperadmin({ id: user.id, isSuperadmin: granting }));
    return outcome.ok ? undefined : outcome.message;
  }

  return (
    <ConfirmDialog
      title={granting ? t('users.grantTitle', { name: user.name }) : t('users.revokeTitle', { name: user.name })}
      confirmLabel={granting ? t('users.makeSuperadmin') : t('users.removeSuperadmin')}
      danger={!granting}
      onConfirm={confirm}
      onClose={onClose}
    >
      {granting ? (
        <p>{t('users.grantBody')}</p>
      ) : (
        <p>{t('users.revokeBody', { name: user.name })}</p>
      )}
    </ConfirmDialog>
  );
}
