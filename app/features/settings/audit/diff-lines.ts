import type { Locale } from '../../../components/format-relative-time.ts';
import { englishLocale, fieldLabel, type NameLookup, valueInWords } from './audit-fields.ts';

export type { NameLookup } from './audit-fields.ts';

/** `field` is the recorded name (a stable key), `label` what a person reads. */
export type DiffLine = { field: string; label: string; before?: string; after?: string };

/** Left out: ids and timestamps of the row itself, and the team (the row already names it). */
const hidden = new Set(['id', 'teamId', 'createdAt', 'created_at', 'updatedAt', 'updated_at']);

/**
 * The fields that changed between two snapshots, compactly: a created row shows its fields,
 * a deleted one what it was, an update only what differs. Fields and values read as words.
 */
export function diffLines(before: unknown, after: unknown, names: NameLookup = new Map(), fmt: Locale = englishLocale): DiffLine[] {
  const b = before && typeof before === 'object' ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === 'object' ? (after as Record<string, unknown>) : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !hidden.has(f));
  const lines: DiffLine[] = [];
  for (const field of fields) {
    const was = field in b ? valueInWords(field, b[field], names, fmt) : undefined;
    const is = field in a ? valueInWords(field, a[field], names, fmt) : undefined;
    if (was === is) continue;
    lines.push({ field, label: fieldLabel(field, fmt), before: was, after: is });
  }
  return lines;
}

/** The name the row itself carries (“Orders”), to say which thing changed. */
export function subjectName(before: unknown, after: unknown): string | undefined {
  for (const snapshot of [after, before]) {
    if (snapshot && typeof snapshot === 'object' && 'name' in snapshot) {
      const name = (snapshot as { name: unknown }).name;
      if (typeof name === 'string' && name) return name;
    }
  }
  return undefined;
}
