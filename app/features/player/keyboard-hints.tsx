const hints: readonly (readonly [string, string])[] = [
  ['j', 'next'],
  ['k', 'previous'],
  ['Enter', 'open'],
  ['r', 'reply'],
  ['Esc', 'back to the list'],
];

/** The Player's shortcuts, always in sight at the bottom of the list. */
export function KeyboardHints() {
  return (
    <p className="keyboard-hints">
      <span className="visually-hidden">Keyboard shortcuts: </span>
      {hints.map(([key, action]) => (
        <span key={key} className="keyboard-hints__hint">
          <kbd>{key}</kbd> {action}
        </span>
      ))}
    </p>
  );
}
