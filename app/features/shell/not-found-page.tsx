import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';

export function NotFoundPage() {
  const { t } = useTranslation('shell');
  return (
    <div className="page-center">
      <EmptyState level={1} title={t('notFound.title')}>
        <p>
          <Trans t={t} i18nKey="notFound.body" components={{ player: <Link to="/" /> }} />
        </p>
      </EmptyState>
    </div>
  );
}
