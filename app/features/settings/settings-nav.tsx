import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { SettingsSection } from './settings-sections.ts';

type Props = { sections: readonly SettingsSection[] };

/** The sections this user may use, grouped; the current one is marked for screen readers too. */
export function SettingsNav({ sections }: Props) {
  const { t } = useTranslation('settings');
  const groups = [...new Set(sections.map((s) => s.group))];
  return (
    <nav className="settings__nav" aria-label={t('title')}>
      <p className="settings__nav-title">{t('title')}</p>
      {groups.map((group) => (
        <div key={group} className="settings__nav-group">
          <p className="settings__nav-group-title" id={`settings-nav-${group}`}>
            {t(`groups.${group}`)}
          </p>
          <ul aria-labelledby={`settings-nav-${group}`}>
            {sections
              .filter((s) => s.group === group)
              .map((s) => (
                <li key={s.path}>
                  <NavLink to={`/settings/${s.path}`} className="settings__nav-link">
                    {t(`sections.${s.path}`)}
                  </NavLink>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
