import type { MutatorResultDetails } from '@rocicorp/zero';
import { describe, expect, it, vi } from 'vitest';
import { settle } from './settle.ts';

/** Zero's `.server` promise as it is when the confirmation is lost: it never resolves. */
const never = () => new Promise<MutatorResultDetails>(() => {});
const refusal: MutatorResultDetails = { type: 'error', error: { type: 'app', message: 'No right', details: { code: 'ACCESS_DENIED' } } };

describe('settle: a bounded wait for Zero to confirm a mutation', () => {
  it('answers success when the bound passes and the check finds the mutation processed', async () => {
    const check = vi.fn(async () => true);
    expect(await settle(never(), { boundMs: 5, check })).toEqual({ type: 'success' });
    expect(check).toHaveBeenCalledOnce();
  });

  it('answers unconfirmed when the bound passes and the check finds nothing', async () => {
    expect(await settle(never(), { boundMs: 5, check: async () => false })).toEqual({ type: 'unconfirmed' });
  });

  it('answers unconfirmed when the bound passes and there is no check', async () => {
    expect(await settle(never(), { boundMs: 5 })).toEqual({ type: 'unconfirmed' });
  });

  it('passes on the verdict the check read (an app error the server stored)', async () => {
    expect(await settle(never(), { boundMs: 5, check: async () => refusal })).toEqual(refusal);
  });

  it("gives the server's own answer when it comes first, without asking the check", async () => {
    const check = vi.fn(async () => false);
    expect(await settle(Promise.resolve(refusal), { boundMs: 1_000, check })).toEqual(refusal);
    expect(await settle(Promise.resolve({ type: 'success' }), { boundMs: 1_000, check })).toEqual({ type: 'success' });
    expect(check).not.toHaveBeenCalled();
  });

  it("prefers the server's late answer to a check that is still running", async () => {
    let answer!: (details: MutatorResultDetails) => void;
    const server = new Promise<MutatorResultDetails>((resolve) => {
      answer = resolve;
    });
    const verdict = settle(server, {
      boundMs: 5,
      check: () => {
        answer({ type: 'success' });
        return never().then(() => false);
      },
    });
    expect(await verdict).toEqual({ type: 'success' });
  });
});
