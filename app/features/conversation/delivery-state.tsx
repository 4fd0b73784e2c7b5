import { useTranslation } from 'react-i18next';
import type { Delivery } from '../../../schema/schema.ts';

type Props = { delivery: Delivery; error: string | null };

/** Where an outbound message is on its way out: pending, sending, sent, or not sent and why. */
export function DeliveryState({ delivery, error }: Props) {
  const { t } = useTranslation('conversation');
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
        <span className="delivery delivery--failed" data-testid="delivery-failed">
          <strong>{t('delivery.notSent')}</strong> {error || t('delivery.noReason')}
        </span>
      );
  }
}
