import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { LockIcon } from './lock-icon.tsx';

/**
 * What an agent or supervisor sees at any /settings address. Test hook: the heading is
 * exactly "You don't have access to settings" (data-testid="no-settings-access").
 */
export function NoSettingsAccess() {
  const { t } = useTranslation('settings');
  return (
    <div className="page-center">
      <EmptyState level={1} title={t('noAccess.title')} testId="no-settings-access" icon={<LockIcon />}>
        <p>{t('noAccess.why')}</p>
        <p>
          <Trans t={t} i18nKey="noAccess.next" components={{ player: <Link to="/" /> }} />
        </p>
      </EmptyState>
    </div>
  );
}
