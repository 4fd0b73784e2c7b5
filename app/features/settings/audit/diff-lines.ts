export type DiffLine = { field: string; before?: string; after?: string };

/** Names of the things audit rows point at by id (users, teams, categories, …). */
export type NameLookup = ReadonlyMap<string, string>;

function show(field: string, value: unknown, names: NameLookup): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number' && /At$/.test(field)) return new Date(value).toLocaleString();
  if (typeof value === 'string') return value === '' ? '(empty)' : (names.get(value) ?? value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? (names.get(v) ?? v) : JSON.stringify(v))).join(', ');
  return JSON.stringify(value);
}

/** Left out: ids and timestamps of the row itself, and the team (the row already names it). */
const hidden = new Set(['id', 'teamId', 'createdAt', 'created_at', 'updatedAt', 'updated_at']);

/**
 * The fields that changed between two snapshots, compactly: a created row shows its fields,
 * a deleted one what it was, an update only what differs. Ids of known things read as names.
 */
export function diffLines(before: unknown, after: unknown, names: NameLookup = new Map()): DiffLine[] {
  const b = before && typeof before === 'object' ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === 'object' ? (after as Record<string, unknown>) : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !hidden.has(f));
  const lines: DiffLine[] = [];
  for (const field of fields) {
    const was = field in b ? show(field, b[field], names) : undefined;
    const is = field in a ? show(field, a[field], names) : undefined;
    if (was === is) continue;
    lines.push({ field, before: was, after: is });
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
