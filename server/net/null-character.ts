import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';

const NUL = '\u0000';

/** The words of the refusal; `what` names the field or place ("text", "The path"). */
export function nullCharacterMessage(what: string): string {
  return `${what} contains a null character (U+0000); remove it.`;
}

/**
 * Postgres cannot store U+0000 in text, so a string that carries one is refused at the
 * boundary with a reason instead of failing later as a 500. Returns the path of the first
 * string (or object key) that contains one, e.g. "customer.name", or undefined.
 */
export function findNullCharacter(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path.join('.') || 'body' : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNullCharacter(item, [...path, String(i)]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(NUL)) return [...path, key.replaceAll(NUL, '\\0')].join('.');
      const found = findNullCharacter(item, [...path, key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A 400 {error, field} when the parsed JSON carries U+0000 anywhere; undefined when clean. */
export function refuseNullCharacters(c: Context, json: unknown): Response | undefined {
  const field = findNullCharacter(json);
  return field === undefined ? undefined : c.json({ error: nullCharacterMessage(field), field }, 400);
}

/** A zod string that refuses U+0000, for schemas of values that cross a boundary. */
export function textWithoutNull(schema: z.ZodString = z.string()) {
  return schema.refine((s) => !s.includes(NUL), { error: (issue) => nullCharacterMessage(issue.path?.join('.') || 'The text') });
}

/**
 * Refuses a request whose path carries U+0000 (`/webhooks/api/%00`) before any route reads
 * its parameters.
 */
export const refuseNullInPath: MiddlewareHandler = async (c, next) => {
  const raw = new URL(c.req.url).pathname;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape is left to the route; it cannot be a null character.
  }
  if (decoded.includes(NUL)) return c.json({ error: nullCharacterMessage('The path') }, 400);
  await next();
};
