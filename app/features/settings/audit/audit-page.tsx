import { useTranslation } from 'react-i18next';
import { useQuery } from '@rocicorp/zero/react';
import { useState } from 'react';
import { queries } from '../../../../schema/queries/index.ts';
import { AUDIT_MAX, AUDIT_PAGE } from '../../../../schema/queries/limits.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { QueryState } from '../query-state.tsx';
import { useAccess } from '../settings-access-context.ts';
import { SettingsPageHeader } from '../settings-page-header.tsx';
import { SettingsPanel } from '../settings-panel.tsx';
import { useManageableTeams } from '../use-manageable-teams.ts';
import { AuditRow } from './audit-row.tsx';
import { useAuditNames } from './use-audit-names.ts';

const ALL = '';

/**
 * Who changed what in settings and when, newest first, read-only. The superadmin sees every
 * row; a team admin sees their teams' rows (the server filters, this only narrows).
 */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const access = useAccess();
  const { teams } = useManageableTeams('member.manage');
  const [teamId, setTeamId] = useState(ALL);
  const [limit, setLimit] = useState(AUDIT_PAGE);
  const [rows, details] = useQuery(queries.audit.recent({ limit, ...(teamId ? { teamId } : {}) }));
  const names = useAuditNames();
  return (
    <div className="settings-page">
      <SettingsPageHeader title={t('title')}>
        <p>
          {t('lead')}
          {!access.isSuperadmin && ` ${t('leadTeamAdmin')}`}
        </p>
      </SettingsPageHeader>
      {teams.length > 1 && (
        <div className="settings-toolbar">
          <SelectField
            label={t('settings:team')}
            value={teamId}
            onChange={setTeamId}
            options={[{ value: ALL, label: access.isSuperadmin ? t('allChanges') : t('allMyTeams') }, ...teams.map((team) => ({ value: team.id, label: team.label }))]}
          />
        </div>
      )}
      <SettingsPanel title={t('changes')} description={rows.length ? t('latest', { count: rows.length }) : undefined}>
        <QueryState
          details={details}
          count={rows.length}
          what="auditLog"
          empty={{ title: t('emptyTitle'), body: t('emptyBody') }}
        >
          <ol className="row-list audit-list" aria-label={t('title')}>
            {rows.map((row) => (
              <AuditRow key={row.id} row={row} names={names} />
            ))}
          </ol>
          {rows.length >= limit && limit < AUDIT_MAX && (
            <button type="button" className="button button--secondary audit-list__more" onClick={() => setLimit((l) => Math.min(l + AUDIT_PAGE, AUDIT_MAX))}>
              {t('showOlder')}
            </button>
          )}
        </QueryState>
      </SettingsPanel>
    </div>
  );
}
