import { useTranslation } from 'react-i18next';
import type { QueryResultType } from '@rocicorp/zero';
import type { queries } from '../../../../schema/queries/index.ts';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { auditActionInWords } from './audit-words.ts';
import { AuditDiff } from './audit-diff.tsx';
import { type NameLookup, subjectName } from './diff-lines.ts';

export type AuditEntry = QueryResultType<ReturnType<typeof queries.audit.recent>>[number];

/** One change: who, what, when, and the fields it changed. */
export function AuditRow({ row, names }: { row: AuditEntry; names: NameLookup }) {
  const { t } = useTranslation('audit');
  // A membership has no name of its own: it reads as its user's.
  const subject = subjectName(row.before, row.after) ?? names.get(row.entityId) ?? userOf(row.after, names) ?? userOf(row.before, names);
  return (
    <li data-testid="audit-row" data-audit-id={row.id}>
      <div className="audit-row">
        <RelativeTime at={row.createdAt} className="audit-row__time" />
        <div className="audit-row__main">
          <p className="audit-row__what">
            <strong>{row.actor?.name ?? t('someone')}</strong> {auditActionInWords(row.action, row.entity, t)}
            {subject && <> “{subject}”</>}
            {row.team && <span className="audit-row__team"> · {row.team.displayName || row.team.name}</span>}
          </p>
          <AuditDiff before={row.before} after={row.after} names={names} />
        </div>
      </div>
    </li>
  );
}

function userOf(snapshot: unknown, names: NameLookup): string | undefined {
  if (!snapshot || typeof snapshot !== 'object' || !('userId' in snapshot)) return undefined;
  const id = (snapshot as { userId: unknown }).userId;
  return typeof id === 'string' ? names.get(id) : undefined;
}
