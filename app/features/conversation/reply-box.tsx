import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { REPLY_MAX_LENGTH } from '../../../schema/mutators/message.ts';
import { useHotkeys } from '../../hooks/use-hotkeys.ts';
import type { ConversationMessage } from './use-conversation.ts';
import { useSendReply } from './use-send-reply.ts';

type Props = {
  target: ConversationMessage | undefined;
  customerName: string;
  /** Why nothing can be sent from this account (platform without a sending connector, deleted). */
  blocker: string | undefined;
};

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Writes a reply to `target`; says up front (instead of the send button) when the account
 * cannot send. Keys: r focuses it, Ctrl/Cmd+Enter sends, Esc leaves
 * the field. Test hooks: the textarea's label is "Reply", the button's name "Send reply",
 * refusals appear in role="alert".
 */
export function ReplyBox({ target, customerName, blocker }: Props) {
  const { t } = useTranslation('conversation');
  const send = useSendReply();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useHotkeys({
    r: (event) => {
      event.preventDefault();
      fieldRef.current?.focus();
    },
  });

  const length = text.trim().length;
  const tooLong = length > REPLY_MAX_LENGTH;
  const canSend = !!target && !blocker && length > 0 && !tooLong && !busy;

  async function submit() {
    if (!target || !canSend) return;
    const draft = text;
    setBusy(true);
    setError(undefined);
    const outcome = await send({ inReplyToId: target.id, text: draft }, () => {
      setText('');
      setBusy(false);
    });
    setBusy(false);
    if (!outcome.ok) {
      setError(outcome.message);
      // Give the words back so nothing typed is lost, unless a new draft was started.
      setText((current) => (current === '' ? draft : current));
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.currentTarget.blur();
    }
  }

  // Nothing typed here could be sent: say so where the reply box would be.
  if (blocker) {
    return (
      <div className="reply">
        <p className="reply__blocked" data-testid="reply-unavailable">
          {blocker}
        </p>
      </div>
    );
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form className="reply" onSubmit={onSubmit}>
      <div className="reply__head">
        <label htmlFor={`${id}-text`} className="reply__label">
          {t('reply.label')}
        </label>
        <span className="reply__target">
          {target ? (
            <Trans
              t={t}
              i18nKey="reply.to"
              values={{ name: customerName || t('reply.theCustomer'), text: target.text.replace(/\s+/g, ' ') }}
              components={{ q: <q /> }}
            />
          ) : (
            t('reply.noTarget')
          )}
        </span>
      </div>
      <textarea
        id={`${id}-text`}
        ref={fieldRef}
        className="reply__field"
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder={target ? t('reply.placeholder') : ''}
        disabled={!target}
        aria-invalid={tooLong || undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      />
      <div className="reply__foot">
        <span id={hintId} className="reply__hint">
          <span className={tooLong ? 'reply__count is-over' : 'reply__count'}>
            {t('reply.count', { length, max: REPLY_MAX_LENGTH })}
          </span>
          <span className="reply__keys">
            <Trans t={t} i18nKey="reply.keys" values={{ mod: isMac ? '⌘' : 'Ctrl' }} components={{ kbd: <kbd /> }} />
          </span>
        </span>
        <button type="submit" className="button button--primary" disabled={!canSend}>
          {t('reply.send')}
        </button>
      </div>
      {tooLong && (
        <p className="form-error" role="alert">
          {t('reply.tooLong', { count: length - REPLY_MAX_LENGTH })}
        </p>
      )}
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
