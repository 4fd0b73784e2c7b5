import type { QueryResultDetails } from '@rocicorp/zero';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { LoadingState } from '../../components/loading-state.tsx';

type Props = {
  details: QueryResultDetails;
  count: number;
  /** Which list, as a key of `settings:lists` ("teams", "auditLog"…): its loading and failure words. */
  what: string;
  empty: { title: string; body: ReactNode };
  children: ReactNode;
};

/**
 * A live list's three other faces: loading (only until the server has answered), failed
 * (with a retry), and empty (saying why and what to do). Otherwise, the list itself.
 */
export function QueryState({ details, count, what, empty, children }: Props) {
  const { t } = useTranslation('settings');
  if (details.type === 'error' && count === 0) {
    return <ErrorNotice title={t(`lists.${what}.failed`)} message={details.error.message} onRetry={details.retry} />;
  }
  if (count === 0 && details.type === 'unknown') return <LoadingState label={t(`lists.${what}.loading`)} />;
  if (count === 0) {
    return (
      <EmptyState title={empty.title}>
        <p>{empty.body}</p>
      </EmptyState>
    );
  }
  return <>{children}</>;
}
