import { useEffect, useEffectEvent } from 'react';

export type HotkeyHandler = (event: KeyboardEvent) => void;

/** True when a key press is meant for a text field, not for a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** Printable keys as typed ("j", "J"); named keys in lower case ("enter", "escape"). */
function keyName(event: KeyboardEvent): string {
  return event.key.length === 1 ? event.key : event.key.toLowerCase();
}

/**
 * Single-key shortcuts (`j`, `k`, `r`, `enter`, `escape`) on the whole page. They are off
 * while the person types in a field and when a modifier is held, so Ctrl+R still reloads.
 */
export function useHotkeys(handlers: Readonly<Record<string, HotkeyHandler>>, enabled = true): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTypingTarget(event.target)) return;
    handlers[keyName(event)]?.(event);
  });

  useEffect(() => {
    if (!enabled) return;
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
