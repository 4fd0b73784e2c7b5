import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useHotkeys } from '../../hooks/use-hotkeys.ts';
import { ConversationView } from './conversation-view.tsx';
import { useConversation } from './use-conversation.ts';

/** /conversations/:customerId?message=<id>: loads the message box; Esc closes it. */
export function ConversationRoute() {
  const { t } = useTranslation('conversation');
  const { customerId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const [conversation, details] = useConversation(customerId);

  useHotkeys({ escape: () => navigate('/') });

  if (!conversation) {
    if (details.type === 'unknown') return <LoadingState className="panel-center" label={t('loading')} />;
    if (details.type === 'error') {
      return (
        <div className="panel-center">
          <ErrorNotice title={t('loadFailed')} message={details.error.message} onRetry={details.retry} />
        </div>
      );
    }
    return (
      <div className="panel-center">
        <EmptyState title={t('notFound.title')}>
          <p>{t('notFound.body')}</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <ConversationView
      key={conversation.id}
      conversation={conversation}
      selectedId={params.get('message') ?? undefined}
      onSelect={(messageId) => setParams({ message: messageId }, { replace: true })}
      onClose={() => navigate('/')}
      complete={details.type === 'complete'}
    />
  );
}
