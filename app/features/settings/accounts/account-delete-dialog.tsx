import { Trans, useTranslation } from 'react-i18next';
import { mutators } from '../../../../schema/mutators/index.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useRunMutation } from '../use-run-mutation.ts';
import type { SettingsAccount } from './settings-account.ts';

type Props = { account: SettingsAccount; onClose: () => void };

/** ORG-3: deleting stops new messages; the history stays readable. */
export function AccountDeleteDialog({ account, onClose }: Props) {
  const { t } = useTranslation('settings');
  const run = useRunMutation();
  async function confirm() {
    const outcome = await run(mutators.account.delete({ id: account.id }));
    return outcome.ok ? undefined : outcome.message;
  }
  return (
    <ConfirmDialog title={t('accounts.deleteTitle', { name: account.name })} confirmLabel={t('accounts.deleteButton')} danger onConfirm={confirm} onClose={onClose}>
      <p>
        <Trans t={t} i18nKey="accounts.deleteBody" values={{ name: account.name }} components={{ strong: <strong /> }} />
      </p>
      <p>{t('accounts.deleteNote')}</p>
    </ConfirmDialog>
  );
}
