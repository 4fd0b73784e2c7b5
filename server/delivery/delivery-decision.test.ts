import { describe, expect, it } from 'vitest';
import { reason, reasonInEnglish } from '../../schema/reasons.ts';
import { SendFailure } from '../connectors/connector.ts';
import { decideAfterFailure, MAX_SEND_ATTEMPTS } from './delivery-decision.ts';

const opts = { idempotent: false, attempt: 1, retryBaseMs: 1_000 };

describe('what a failed send leads to', () => {
  it('backs off exponentially, capped, and never sooner than the platform asked', () => {
    expect(decideAfterFailure(new SendFailure('retryable', 'busy'), { ...opts, attempt: 3 })).toEqual({ retryInMs: 4_000, reason: reason('TEXT', { text: 'busy' }) });
    expect(decideAfterFailure(new SendFailure('retryable', 'busy'), { ...opts, attempt: 7, retryBaseMs: 60_000 })).toMatchObject({ retryInMs: 600_000 });
    expect(decideAfterFailure(new SendFailure('rate_limited', 'slow down', 30_000), opts)).toEqual({ retryInMs: 30_000, reason: reason('TEXT', { text: 'slow down' }) });
  });

  it('stops with words after the last try, or when asked to wait over an hour', () => {
    const last = decideAfterFailure(new SendFailure('retryable', reason('CONNECTION_REFUSED')), { ...opts, attempt: MAX_SEND_ATTEMPTS });
    expect(last).toEqual({ to: 'failed', reason: [{ code: 'CONNECTION_REFUSED' }, { code: 'GAVE_UP', params: { tries: MAX_SEND_ATTEMPTS } }] });
    const tooLong = decideAfterFailure(new SendFailure('rate_limited', 'later.', 2 * 3_600_000), opts);
    expect(tooLong).toMatchObject({ to: 'failed' });
    expect(reasonInEnglish(tooLong.reason)).toBe('later. The platform asked Parley to wait more than an hour; use Send again later.');
  });

  it('never repeats a send that may have been posted, unless the platform dedupes', () => {
    expect(decideAfterFailure(new SendFailure('unconfirmed', 'Timed out.'), opts)).toMatchObject({ to: 'unconfirmed' });
    expect(decideAfterFailure(new SendFailure('unconfirmed', 'Timed out.'), { ...opts, idempotent: true })).toMatchObject({ retryInMs: 1_000 });
    expect(decideAfterFailure(new Error('bug'), opts)).toEqual({ to: 'unconfirmed', reason: [{ code: 'UNCONFIRMED' }] });
  });

  it('fails at once on a permanent refusal or a closed window', () => {
    expect(decideAfterFailure(new SendFailure('permanent', 'Bad token.'), opts)).toEqual({ to: 'failed', reason: reason('TEXT', { text: 'Bad token.' }) });
    expect(decideAfterFailure(new SendFailure('window_closed', 'Window shut.'), opts)).toEqual({ to: 'failed', reason: reason('TEXT', { text: 'Window shut.' }) });
  });
});
