import { describe, expect, it } from 'vitest';
import { createSignInLimiter } from './sign-in-limiter.ts';

const limits = { windowMs: 60_000, perPair: 3, perAddress: 5, perAccount: 8 };

function setup() {
  let t = 1_000_000;
  const limiter = createSignInLimiter(limits, () => t);
  return { limiter, advance: (ms: number) => (t += ms) };
}

describe('sign-in limiter', () => {
  it('refuses a pair after its failures, counts the email case-insensitively, and forgives after the window', () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < 3; i++) limiter.failed('Ana@Parley.test', '1.1.1.1');
    const verdict = limiter.check('ana@parley.test', '1.1.1.1');
    expect(verdict).toMatchObject({ allowed: false, reason: 'account', retryAfterSeconds: 60 });
    expect(limiter.check('ana@parley.test', '2.2.2.2').allowed).toBe(true);
    advance(60_000);
    expect(limiter.check('ana@parley.test', '1.1.1.1').allowed).toBe(true);
  });

  it('a success clears only that pair', () => {
    const { limiter } = setup();
    for (let i = 0; i < 2; i++) limiter.failed('a@p.test', '1.1.1.1');
    limiter.succeeded('a@p.test', '1.1.1.1');
    limiter.failed('a@p.test', '1.1.1.1');
    expect(limiter.check('a@p.test', '1.1.1.1').allowed).toBe(true);
  });

  it('limits one address across accounts, and one account across addresses', () => {
    const { limiter } = setup();
    for (let i = 0; i < 5; i++) limiter.failed(`u${i}@p.test`, '9.9.9.9');
    expect(limiter.check('fresh@p.test', '9.9.9.9')).toMatchObject({ allowed: false, reason: 'address' });
    for (let i = 0; i < 8; i++) limiter.failed('target@p.test', `10.0.0.${i}`);
    expect(limiter.check('target@p.test', '10.0.1.1')).toMatchObject({ allowed: false, reason: 'account' });
  });
});
