import { useState } from 'react';
import type { FieldErrors } from './validate.ts';

type Outcome = { ok: true } | { ok: false };

/**
 * What a settings form holds besides its values: the errors next to its fields, whether it
 * is sending, and what the last submit did.
 */
export function useFormSubmit() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();

  /**
   * Clears the errors and is busy while `request` runs; a refusal is shown where `refused`
   * puts it. Resolves to whether the request went through.
   */
  async function send<R extends Outcome>(
    request: () => Promise<R>,
    refused: (refusal: Extract<R, { ok: false }>) => FieldErrors,
  ): Promise<boolean> {
    setErrors({});
    setBusy(true);
    const outcome = await request();
    setBusy(false);
    if (outcome.ok) return true;
    setErrors(refused(outcome as Extract<R, { ok: false }>));
    return false;
  }

  return { errors, setErrors, busy, done, setDone, send };
}
