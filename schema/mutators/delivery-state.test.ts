import { describe, expect, it } from 'vitest';
import { deliveryStates } from '../tables/enums.ts';
import { assertDeliveryMove, canMoveDelivery, RETRYABLE_DELIVERIES } from './delivery-state.ts';

describe('the delivery state machine', () => {
  it('never moves a sent reply, nor an inbound message', () => {
    for (const to of deliveryStates) {
      expect(canMoveDelivery('sent', to)).toBe(false);
      expect(canMoveDelivery('received', to)).toBe(false);
    }
  });

  it('sends only from pending, and lets a person send again only what failed or was not confirmed', () => {
    expect(deliveryStates.filter((from) => canMoveDelivery(from, 'sending'))).toEqual(['pending']);
    expect(deliveryStates.filter((from) => canMoveDelivery(from, 'sent'))).toEqual(['sending']);
    for (const from of RETRYABLE_DELIVERIES) expect(canMoveDelivery(from, 'pending')).toBe(true);
    expect(() => assertDeliveryMove('unconfirmed', 'sending')).toThrow(/cannot move from unconfirmed to sending/);
  });
});
