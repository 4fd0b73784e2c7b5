import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { conversationPath } from './conversation-path.ts';
import { KeyboardHints } from './keyboard-hints.tsx';
import { PlayerEmpty } from './player-empty.tsx';
import { PlayerList } from './player-list.tsx';
import { PlayerModeNotice } from './player-mode-notice.tsx';
import { usePlayerMessages } from './use-player-messages.ts';
import { usePlayerMode } from './use-player-mode.ts';

/** The left column: PLY-1 Normal mode, every inbound message the user can see, newest first. */
export function PlayerColumn() {
  const { t } = useTranslation('player');
  const { messages, details, canLoadMore, loadMore } = usePlayerMessages();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const mode = usePlayerMode();
  const openedId = params.get('message') ?? undefined;
  const loading = messages.length === 0 && details.type === 'unknown';

  return (
    <aside className="player__column" aria-labelledby="player-heading">
      <header className="column-header">
        <h1 id="player-heading" className="column-header__title">
          {t('title')}
        </h1>
        <span className="column-header__meta">
          {messages.length > 0 && `${t(canLoadMore ? 'countMore' : 'count', { count: messages.length })} · `}
          {t('newestFirst')}
        </span>
      </header>
      <PlayerModeNotice mode={mode} />
      <div className="player__scroll">
        {details.type === 'error' && (
          <ErrorNotice title={t('loadFailed')} message={details.error.message} onRetry={details.retry} />
        )}
        {loading && <LoadingState label={t('loading')} />}
        {!loading && messages.length === 0 && details.type !== 'error' && <PlayerEmpty />}
        {messages.length > 0 && (
          <PlayerList
            messages={messages}
            openedId={openedId}
            onOpen={(m) => navigate(conversationPath(m.customerId, m.id))}
          />
        )}
        {canLoadMore && (
          <button type="button" className="button button--secondary button--block player__more" onClick={loadMore}>
            {t('showOlder')}
          </button>
        )}
      </div>
      <KeyboardHints />
    </aside>
  );
}
