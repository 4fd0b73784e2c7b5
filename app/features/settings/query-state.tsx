import type { QueryResultDetails } from '@rocicorp/zero';
import type { ReactNode } from 'react';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { LoadingState } from '../../components/loading-state.tsx';

type Props = {
  details: QueryResultDetails;
  count: number;
  /** What is loading, e.g. "teams". */
  what: string;
  empty: { title: string; body: ReactNode };
  children: ReactNode;
};

/**
 * A live list's three other faces: loading (only until the server has answered), failed
 * (with a retry), and empty (saying why and what to do). Otherwise, the list itself.
 */
export function QueryState({ details, count, what, empty, children }: Props) {
  if (details.type === 'error' && count === 0) {
    return <ErrorNotice title={`The ${what} could not load`} message={details.error.message} onRetry={details.retry} />;
  }
  if (count === 0 && details.type === 'unknown') return <LoadingState label={`Loading ${what}…`} />;
  if (count === 0) {
    return (
      <EmptyState title={empty.title}>
        <p>{empty.body}</p>
      </EmptyState>
    );
  }
  return <>{children}</>;
}
