import type { Context } from 'hono';
import type { z } from 'zod';
import { refuseNullCharacters } from '../net/null-character.ts';

/** 400 {error, field?}: what is wrong in words, and which form field it concerns. */
export function badRequest(c: Context, error: string, field?: string) {
  return c.json(field ? { error, field } : { error }, 400);
}

/** Parses a JSON body with its zod schema; a Response (400) when it does not fit or carries U+0000. */
export async function readBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T> | Response> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return badRequest(c, 'Send the fields as a JSON object.');
  }
  const withNull = refuseNullCharacters(c, json);
  if (withNull) return withNull;
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  // zod's own words for a missing field ("Invalid input: expected string…") are for developers.
  const absent = field !== undefined && typeof json === 'object' && json !== null && !(String(issue?.path[0]) in json);
  const message = absent && issue?.message.startsWith('Invalid input') ? `Fill in ${field}.` : (issue?.message ?? 'The request is not valid.');
  return badRequest(c, message, field);
}
