import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';

export function NotFoundPage() {
  return (
    <div className="page-center">
      <EmptyState level={1} title="This page does not exist">
        <p>
          The link may be mistyped or out of date. <Link to="/">Go to the Player</Link>.
        </p>
      </EmptyState>
    </div>
  );
}
