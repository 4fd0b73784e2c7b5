import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { LockIcon } from './lock-icon.tsx';
import type { SettingsSection } from './settings-sections.ts';

type Props = { section?: SettingsSection };

/** A section the user may not use (a team admin at /settings/users), or an unknown address. */
export function SectionNotAllowed({ section }: Props) {
  const { t } = useTranslation('settings');
  if (!section) {
    return (
      <EmptyState level={1} title={t('notAllowed.missingTitle')}>
        <p>{t('notAllowed.missingBody')}</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState level={1} title={t('notAllowed.title', { section: t(`sections.${section.path}`) })} icon={<LockIcon />} testId="section-not-allowed">
      <p>
        <Trans t={t} i18nKey="notAllowed.body" components={{ back: <Link to="/settings" /> }} />
      </p>
    </EmptyState>
  );
}
