import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { canUseSection, sectionsFor } from './settings-access.ts';
import { SettingsAccessContext } from './settings-access-context.ts';
import { NoSettingsAccess } from './no-settings-access.tsx';
import { SectionNotAllowed } from './section-not-allowed.tsx';
import { SectionPage } from './section-page.tsx';
import { settingsSections } from './settings-sections.ts';
import { SettingsNav } from './settings-nav.tsx';
import { useSettingsAccess } from './use-settings-access.ts';
import '../../components/buttons.css';
import './settings.css';

/**
 * /settings/*: the left nav with the sections this user may use, and the section on the
 * right. Agents and supervisors get a page that says they have no access (the server
 * refuses their writes and returns them no settings rows anyway).
 */
export function SettingsArea() {
  const { t } = useTranslation('settings');
  const state = useSettingsAccess();
  if (state.status === 'loading') return <LoadingState className="page-center" label={t('loading')} />;
  if (state.status === 'error') {
    return (
      <div className="page-center">
        <ErrorNotice title={t('loadFailed')} message={state.message} onRetry={state.retry} />
      </div>
    );
  }
  const { access } = state;
  const sections = sectionsFor(access);
  if (sections.length === 0) return <NoSettingsAccess />;
  return (
    <SettingsAccessContext value={access}>
      <div className="settings">
        <SettingsNav sections={sections} />
        <div className="settings__content">
          <Routes>
            <Route index element={<Navigate to={sections[0]!.path} replace />} />
            {settingsSections.map((s) => (
              <Route
                key={s.path}
                path={s.path}
                element={canUseSection(access, s) ? <SectionPage path={s.path} /> : <SectionNotAllowed section={s} />}
              />
            ))}
            <Route path="*" element={<SectionNotAllowed />} />
          </Routes>
        </div>
      </div>
    </SettingsAccessContext>
  );
}
