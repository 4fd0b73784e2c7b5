import type { Delivery } from '../../../schema/schema.ts';

type Props = { delivery: Delivery; error: string | null };

/** Where an outbound message is on its way out: pending, sending, sent, or not sent and why. */
export function DeliveryState({ delivery, error }: Props) {
  switch (delivery) {
    case 'received':
      return null;
    case 'pending':
      return <span className="delivery delivery--pending">Pending</span>;
    case 'sending':
      return <span className="delivery delivery--sending">Sending…</span>;
    case 'sent':
      return <span className="delivery delivery--sent">Sent</span>;
    case 'failed':
      return (
        <span className="delivery delivery--failed" data-testid="delivery-failed">
          <strong>Not sent:</strong> {error || 'the platform refused it without saying why.'}
        </span>
      );
  }
}
