import type { MutatorResult, MutatorResultErrorDetails } from '@rocicorp/zero';
import { i18n } from '../../i18n/i18n.ts';
import { mutationErrorInWords, refusalDetails } from '../../i18n/refusal-words.ts';
import { type ProcessedCheck, settle } from './settle.ts';

/**
 * `field`: the form field a refusal concerns (from the MutationError's details), if any.
 * `unconfirmed`: the server did not answer within the bound; the change may or may not be
 * saved, so the words ask the person to look before trying again.
 */
export type MutationOutcome = { ok: true } | { ok: false; message: string; field?: string; unconfirmed?: true };

export type OutcomeOptions = {
  /** Asked after the bound: can the caller see that the change was in fact saved? */
  check?: ProcessedCheck;
  boundMs?: number;
};

function refused(error: MutatorResultErrorDetails['error']): MutationOutcome {
  return { ok: false, message: mutationErrorInWords(error), field: refusalDetails(error).field };
}

/**
 * A mutation's outcome in words, never waiting on Zero's server confirmation for ever
 * (Zero 1.9 sometimes loses it for a committed mutation): after the bound, the caller's
 * check decides, and without one the person is told the change is not confirmed yet.
 */
export async function mutationOutcome(result: MutatorResult, options: OutcomeOptions = {}): Promise<MutationOutcome> {
  const local = await result.client;
  if (local.type === 'error') return refused(local.error);
  const verdict = await settle(result.server, options);
  if (verdict.type === 'error') return refused(verdict.error);
  if (verdict.type === 'unconfirmed') return { ok: false, unconfirmed: true, message: i18n.t('errors:mutation.unconfirmed') };
  return { ok: true };
}
