import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { replyBlocker, replyBlockerInWords } from './reply-availability.ts';

const words = (account: Parameters<typeof replyBlocker>[0], language = 'en') => {
  const blocker = replyBlocker(account);
  return blocker && replyBlockerInWords(i18n.getFixedT(language), blocker);
};

describe('replyBlocker', () => {
  it('lets API accounts send', () => {
    expect(replyBlocker({ platform: 'api' })).toBeUndefined();
  });

  it('says up front that other platforms cannot send yet, and where to answer instead', () => {
    expect(words({ platform: 'x' })).toBe('Replies on X accounts are not available yet; answer this customer on X directly.');
    expect(words({ platform: 'whatsapp' })).toMatch(/^Replies on WhatsApp accounts/);
  });

  it('says a deleted account cannot send', () => {
    expect(words({ platform: 'api', deletedAt: 1 })).toMatch(/deleted/);
  });

  it('says it in Turkish without attaching a suffix to the platform name', () => {
    expect(words({ platform: 'whatsapp' }, 'tr')).toMatch(/^WhatsApp hesaplarında yanıt gönderme henüz/);
    expect(words(undefined, 'tr')).toMatch(/görünmüyor/);
  });
});
