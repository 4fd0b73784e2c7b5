export type DiffLine = { field: string; before?: string; after?: string };

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  return JSON.stringify(value);
}

const hidden = new Set(['id', 'createdAt', 'created_at', 'updatedAt', 'updated_at']);

/**
 * The fields that changed between two snapshots, compactly: a created row shows its fields,
 * a deleted one what it was, an update only what differs. Ids and timestamps are left out.
 */
export function diffLines(before: unknown, after: unknown): DiffLine[] {
  const b = before && typeof before === 'object' ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === 'object' ? (after as Record<string, unknown>) : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !hidden.has(f));
  const lines: DiffLine[] = [];
  for (const field of fields) {
    const was = field in b ? show(b[field]) : undefined;
    const is = field in a ? show(a[field]) : undefined;
    if (was === is) continue;
    lines.push({ field, before: was, after: is });
  }
  return lines;
}
