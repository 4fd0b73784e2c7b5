import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { mutators } from '../../../../schema/mutators/index.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import type { SettingsUser } from './users-table.tsx';

type Props = { user: SettingsUser; onClose: () => void };

/** ORG-6: disable (sessions end at once) or enable a user; the server's refusal stays in view. */
export function UserStateDialog({ user, onClose }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  // What was asked, fixed when the dialog opens: the optimistic write changes `user` at once.
  const [disabling] = useState(!user.disabledAt);

  async function confirm() {
    const outcome = await run(disabling ? mutators.user.disable({ id: user.id }) : mutators.user.enable({ id: user.id }));
    return outcome.ok ? undefined : outcome.message;
  }

  if (!disabling) {
    return (
      <ConfirmDialog title={t('users.enableTitle', { name: user.name })} confirmLabel={t('users.enableButton')} onConfirm={confirm} onClose={onClose}>
        <p>{t('users.enableBody', { name: user.name })}</p>
      </ConfirmDialog>
    );
  }
  return (
    <ConfirmDialog title={t('users.disableTitle', { name: user.name })} confirmLabel={t('users.disableButton')} danger onConfirm={confirm} onClose={onClose}>
      <p>{t('users.disableBody', { name: user.name })}</p>
      <p>{t('users.disableNote')}</p>
    </ConfirmDialog>
  );
}
