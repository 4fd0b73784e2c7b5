import { useState } from 'react';

/**
 * A keyboard cursor over a live list, kept by id so it stays on the same item while rows
 * arrive above it. It follows the opened item when that changes from outside (a click, the
 * URL).
 */
export function useListCursor<T>(items: readonly T[], idOf: (item: T) => string, openedId: string | undefined) {
  const [cursorId, setCursorId] = useState(openedId);
  const [lastOpenedId, setLastOpenedId] = useState(openedId);
  if (openedId !== lastOpenedId) {
    setLastOpenedId(openedId);
    if (openedId !== undefined) setCursorId(openedId);
  }

  const index = cursorId === undefined ? -1 : items.findIndex((item) => idOf(item) === cursorId);

  /** Moves by `delta` (1 = down) and returns the new item; from nowhere, starts at the top. */
  function move(delta: number): T | undefined {
    if (items.length === 0) return undefined;
    const next = index < 0 ? 0 : Math.min(items.length - 1, Math.max(0, index + delta));
    const item = items[next];
    if (item !== undefined) setCursorId(idOf(item));
    return item;
  }

  return { cursorId: index < 0 ? undefined : cursorId, current: index < 0 ? undefined : items[index], move };
}
