import { afterEach, describe, expect, it } from 'vitest';
import en from '../locales/en/errors.json';
import { englishAddressKinds, englishReasons, encodeReason, reason, reasonInEnglish } from '../../schema/reasons.ts';
import { i18n } from './i18n.ts';
import { reasonWords } from './reason-words.ts';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const refused = encodeReason([...reason('CONNECTION_REFUSED'), ...reason('NOTHING_SENT')]);
const loopback = encodeReason(reason('URL_INTERNAL', { host: '127.0.0.1', addressKind: 'loopback' }));
const timeout = encodeReason([...reason('TIMEOUT', { seconds: 0.2 }), ...reason('CONNECT_AGAIN')]);

describe('reasonWords', () => {
  it('words a stored code in English, as the server renders it for its logs', () => {
    expect(reasonWords(refused)).toBe(
      'The callback URL refused the connection. Check that the platform is up and the port is right. Nothing was sent.',
    );
    expect(reasonWords(loopback)).toBe(reasonInEnglish(loopback));
    expect(reasonWords(loopback)).toMatch(/^The callback URL points to 127\.0\.0\.1, a loopback address \(internal\)/);
  });

  it('words the same codes in Turkish, with numbers in Turkish notation, never the English', async () => {
    await i18n.changeLanguage('tr');
    expect(reasonWords(refused)).toBe(
      'Geri çağırma adresi bağlantıyı reddetti. Platformun çalıştığını ve bağlantı noktasının doğru olduğunu kontrol edin. Hiçbir şey gönderilmedi.',
    );
    expect(reasonWords(loopback)).toMatch(/^Geri çağırma adresi 127\.0\.0\.1 hedefini gösteriyor: bir geri döngü \(loopback\) adresi \(iç adres\)\./);
    expect(reasonWords(timeout)).toBe(
      'Geri çağırma adresi 0,2 saniye içinde yanıt vermedi. Platformun çalıştığını kontrol edin. Ardından yeniden bağlanın.',
    );
    const refusedReply = encodeReason(reason('REPLY_REFUSED', { status: 422, statusText: 'Unprocessable Entity' }));
    expect(reasonWords(refusedReply)).toBe('Platform 422 (Unprocessable Entity) koduyla karşılık verdi; yanıt yayımlanmadı.');
  });

  it('shows an older row’s plain English as it is, and nothing for no reason', async () => {
    await i18n.changeLanguage('tr');
    expect(reasonWords('The platform answered 500 (server error); nothing was sent.')).toBe('The platform answered 500 (server error); nothing was sent.');
    expect(reasonWords(null)).toBeNull();
    expect(reasonWords('')).toBeNull();
  });

  it('words a code this build does not know generically, in the reader’s language', async () => {
    await i18n.changeLanguage('tr');
    expect(reasonWords(JSON.stringify([{ code: 'FROM_THE_FUTURE' }]))).toMatch(/^Parley nedenini söyleyemiyor\./);
  });
});

describe('the English the server renders', () => {
  it('is the app’s English, word for word (one wording, two readers)', () => {
    expect(en.reason).toMatchObject(englishReasons);
    expect(en.addressKind).toEqual(englishAddressKinds);
  });
});
