import type { MutatorResult, MutatorResultDetails } from '@rocicorp/zero';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { mutationOutcome } from './mutation-outcome.ts';

const lost = () => new Promise<MutatorResultDetails>(() => {});
const written = (server: Promise<MutatorResultDetails>): MutatorResult => ({ client: Promise.resolve({ type: 'success' }), server });

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('mutationOutcome: a form never shows "Saving…" for ever', () => {
  it('ends with words saying the change is not confirmed when Zero never answers', async () => {
    const outcome = await mutationOutcome(written(lost()), { boundMs: 5 });
    expect(outcome).toEqual({ ok: false, unconfirmed: true, message: expect.stringMatching(/^The server has not confirmed this change yet.*try again\.$/) });
  });

  it('says so in Turkish to a Turkish reader', async () => {
    await i18n.changeLanguage('tr');
    const outcome = await mutationOutcome(written(lost()), { boundMs: 5 });
    expect(outcome.ok === false && outcome.message).toMatch(/^Sunucu bu değişikliği henüz onaylamadı.*tekrar deneyin\.$/);
  });

  it('counts the change as saved when the caller can see it was', async () => {
    expect(await mutationOutcome(written(lost()), { boundMs: 5, check: async () => true })).toEqual({ ok: true });
  });

  it("shows the server's refusal when it answers in time", async () => {
    const refusal: MutatorResultDetails = { type: 'error', error: { type: 'app', message: 'That name is taken.', details: { code: 'DUPLICATE', field: 'name' } } };
    expect(await mutationOutcome(written(Promise.resolve(refusal)), { boundMs: 1_000 })).toMatchObject({ ok: false, field: 'name' });
  });
});
