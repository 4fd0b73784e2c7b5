import { describe, expect, it } from 'vitest';
import { addressKindOf, decodeReason, encodeReason, reason, reasonInEnglish } from './reasons.ts';

describe('stored reasons', () => {
  it('round-trip as JSON of code and params in the existing text column', () => {
    const r = [...reason('REPLY_REFUSED', { status: 503, statusText: 'Service Unavailable' }), ...reason('NOTHING_SENT')];
    const stored = encodeReason(r);
    expect(stored).toBe('[{"code":"REPLY_REFUSED","params":{"status":503,"statusText":"Service Unavailable"}},{"code":"NOTHING_SENT"}]');
    expect(decodeReason(stored)).toEqual({ parts: r });
  });

  it('reads an older row’s English sentence, or anything that is not a reason, as plain text', () => {
    expect(decodeReason('The platform answered 503 Service Unavailable; the reply was not posted.')).toEqual({
      text: 'The platform answered 503 Service Unavailable; the reply was not posted.',
    });
    expect(decodeReason('[not json')).toEqual({ text: '[not json' });
    expect(decodeReason('[]')).toEqual({ text: '[]' });
    expect(decodeReason(null)).toBeNull();
  });

  it('renders English for logs and API readers, the sentences of each part in order', () => {
    const r = [...reason('ADDRESS_INTERNAL', { address: '10.0.0.5', addressKind: 'private' }), ...reason('CONNECT_AGAIN')];
    expect(reasonInEnglish(r)).toBe(
      "The callback URL leads to 10.0.0.5, a private address (internal), which Parley does not call. Use the platform's public URL. Then connect again.",
    );
    expect(reasonInEnglish(encodeReason(r))).toBe(reasonInEnglish(r));
    expect(reasonInEnglish('an old sentence')).toBe('an old sentence');
    expect(reasonInEnglish(JSON.stringify([{ code: 'FROM_THE_FUTURE' }]))).toBe('Parley could not say why.');
  });

  it('names address kinds by key, and an unknown phrase as "other"', () => {
    expect(addressKindOf('a loopback address')).toBe('loopback');
    expect(addressKindOf('something new')).toBe('other');
  });
});
