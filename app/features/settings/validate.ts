import type { z } from 'zod';
import { issueInWords } from '../../i18n/refusal-words.ts';

/** Field name -> the first reason its value is refused, in the reader's language. */
export type FieldErrors = Partial<Record<string, string>>;

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Runs a contract schema (schema/mutators/settings-args.ts) on what a form holds, so the
 * person sees each issue next to its field before anything is sent. The server runs the
 * same schema again, and its word is final.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    errors[field] ??= issueInWords(issue);
  }
  return { ok: false, errors };
}

/** A refusal from the server, next to the field it names when the form shows that field. */
export function refusalErrors(refusal: { message: string; field?: string }, fields: readonly string[]): FieldErrors {
  const field = refusal.field && fields.includes(refusal.field) ? refusal.field : 'form';
  return { [field]: refusal.message };
}
