import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { signInRefusalInWords } from './sign-in-words.ts';

describe('signInRefusalInWords', () => {
  const en = i18n.getFixedT('en');
  const tr = i18n.getFixedT('tr');

  it('keeps English as it was, with the server’s words where it sent some', () => {
    expect(signInRefusalInWords(en, 'en', { reason: 'wrong-credentials' })).toBe(
      'The email or the password is wrong. Check both and try again.',
    );
    expect(signInRefusalInWords(en, 'en', { reason: 'disabled', serverMessage: 'Your user is disabled.' })).toBe('Your user is disabled.');
    expect(signInRefusalInWords(en, 'en', { reason: 'status', status: 502 })).toBe(
      'Logging in failed (the server answered 502). Try again.',
    );
  });

  it('never shows the server’s English words to a Turkish reader', () => {
    expect(signInRefusalInWords(tr, 'tr', { reason: 'disabled', serverMessage: 'Your user is disabled.' })).toBe(
      'Bu kullanıcı devre dışı. Etkinleştirmesi için bir süper yöneticiye başvurun.',
    );
    expect(signInRefusalInWords(tr, 'tr', { reason: 'too-many', serverMessage: 'Too many requests' })).toMatch(/^Çok fazla deneme/);
    expect(signInRefusalInWords(tr, 'tr', { reason: 'unreachable' })).toMatch(/^Parley sunucusuna ulaşılamadı/);
  });
});
