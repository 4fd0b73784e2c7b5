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
  const access = useAccess();
  const { teams } = useManageableTeams('member.manage');
  const [teamId, setTeamId] = useState(ALL);
  const [limit, setLimit] = useState(AUDIT_PAGE);
  const [rows, details] = useQuery(queries.audit.recent({ limit, ...(teamId ? { teamId } : {}) }));
  const names = useAuditNames();
  return (
    <div className="settings-page">
      <SettingsPageHeader title="Audit log">
        <p>
          Every change made in Settings, newest first: who made it, when, and what it was before and after. Nobody can
          change or delete these entries.
          {!access.isSuperadmin && ' You see the changes that concern the teams you administer.'}
        </p>
      </SettingsPageHeader>
      {teams.length > 1 && (
        <div className="settings-toolbar">
          <SelectField
            label="Team"
            value={teamId}
            onChange={setTeamId}
            options={[{ value: ALL, label: access.isSuperadmin ? 'All changes' : 'All my teams' }, ...teams.map((t) => ({ value: t.id, label: t.label }))]}
          />
        </div>
      )}
      <SettingsPanel title="Changes" description={rows.length ? `The latest ${rows.length}` : undefined}>
        <QueryState
          details={details}
          count={rows.length}
          what="audit log"
          empty={{ title: 'No changes recorded yet', body: 'Changes made in Settings appear here as they happen.' }}
        >
          <ol className="row-list audit-list" aria-label="Audit log">
            {rows.map((row) => (
              <AuditRow key={row.id} row={row} names={names} />
            ))}
          </ol>
          {rows.length >= limit && limit < AUDIT_MAX && (
            <button type="button" className="button button--secondary audit-list__more" onClick={() => setLimit((l) => Math.min(l + AUDIT_PAGE, AUDIT_MAX))}>
              Show older changes
            </button>
          )}
        </QueryState>
      </SettingsPanel>
    </div>
  );
}
