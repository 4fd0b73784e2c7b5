import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery } from '../../../schema/schema.ts';
import { reasonWords } from '../../i18n/reason-words.ts';
import { useRetryReply } from './use-retry-reply.ts';

type Props = { messageId: string; delivery: Delivery; error: string | null };

/** Where an outbound message is on its way out: pending, sending, sent, or not sent and why. */
export function DeliveryState({ messageId, delivery, error }: Props) {
  const { t } = useTranslation('conversation');
  const why = reasonWords(error);
  switch (delivery) {
    case 'received':
      return null;
    case 'pending':
      return <span className="delivery delivery--pending">{t('delivery.pending')}</span>;
    case 'sending':
      return <span className="delivery delivery--sending">{t('delivery.sending')}</span>;
    case 'sent':
      return <span className="delivery delivery--sent">{t('delivery.sent')}</span>;
    case 'failed':
      return (
        <>
          <span className="delivery delivery--failed" data-testid="delivery-failed">
            <strong>{t('delivery.notSent')}</strong> {why || t('delivery.noReason')}
          </span>
          <RetryButton messageId={messageId} />
        </>
      );
    case 'unconfirmed':
      return (
        <>
          <span className="delivery delivery--failed" data-testid="delivery-unconfirmed">
            <strong>{t('delivery.notConfirmed')}</strong> {why || t('delivery.checkPlatform')}
          </span>
          <RetryButton messageId={messageId} />
        </>
      );
  }
}

/** Really sends again; a refusal (no longer allowed, account deleted) is shown beside it. */
function RetryButton({ messageId }: { messageId: string }) {
  const { t } = useTranslation('conversation');
  const retry = useRetryReply();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const onClick = async () => {
    setBusy(true);
    setRefusal(await retry(messageId));
    setBusy(false);
  };
  return (
    <>
      <button type="button" className="link-button delivery__retry" disabled={busy} onClick={onClick}>
        {t('delivery.sendAgain')}
      </button>
      {refusal && (
        <span className="delivery delivery--failed" role="alert">
          {refusal}
        </span>
      )}
    </>
  );
}
