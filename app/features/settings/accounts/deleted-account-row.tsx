import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge.tsx';
import { PlatformBadge } from '../../../components/platform-badge.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { AccountOrigin } from './account-origin.tsx';
import type { SettingsAccount } from './settings-account.ts';

type Props = { account: SettingsAccount };

/** A deleted account, kept for its history; nothing can be done with it any more. */
export function DeletedAccountRow({ account }: Props) {
  const { t } = useTranslation('settings');
  return (
    <li data-account-id={account.id} data-testid="deleted-account-row" aria-label={account.name}>
      <div className="row account-row is-deleted">
        <PlatformBadge platform={account.platform} size="large" />
        <div className="row__main cell-main">
          <span className="cell-main__title">
            {account.name}
            <Badge>{t('accounts.deleted')}</Badge>
          </span>
          <span className="cell-main__sub">
            <AccountOrigin account={account} />
            {account.deletedAt && (
              <>
                {' '}
                · {t('accounts.deletedAt')} <RelativeTime at={account.deletedAt} />
              </>
            )}
          </span>
        </div>
      </div>
    </li>
  );
}
