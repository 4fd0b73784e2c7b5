import { describe, expect, it } from 'vitest';
import { replyBlocker } from './reply-availability.ts';

describe('replyBlocker', () => {
  it('lets API accounts send', () => {
    expect(replyBlocker({ platform: 'api' })).toBeUndefined();
  });

  it('says up front that other platforms cannot send yet, and where to answer instead', () => {
    expect(replyBlocker({ platform: 'x' })).toBe(
      'Replies on X accounts are not available yet; answer this customer on X directly.',
    );
    expect(replyBlocker({ platform: 'whatsapp' })).toMatch(/^Replies on WhatsApp accounts/);
  });

  it('says a deleted account cannot send', () => {
    expect(replyBlocker({ platform: 'api', deletedAt: 1 })).toMatch(/deleted/);
  });
});
