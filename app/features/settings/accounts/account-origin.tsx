import { useTranslation } from 'react-i18next';
import { platformName } from '../../../components/platform-badge.tsx';
import type { SettingsAccount } from './settings-account.ts';

type Props = { account: SettingsAccount };

/** Where an account lives, for the line under its name: platform · handle · team. */
export function AccountOrigin({ account }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {platformName(account.platform)}
      {account.handle && ` · ${account.handle}`} · {account.team?.displayName || account.team?.name || t('unknownTeam')}
    </>
  );
}
