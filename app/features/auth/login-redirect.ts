/**
 * What the login page is told when a screen sends a person to it. `notice` is a reason, not
 * words: the login page words it in the language on screen.
 */
export type LoginNotice = 'expired';
export type LoginRedirect = { from?: string; notice?: LoginNotice };

export function readLoginRedirect(state: unknown): LoginRedirect {
  if (!state || typeof state !== 'object') return {};
  const { from, notice } = state as Record<string, unknown>;
  return {
    // Only paths inside the app, so a crafted link cannot send someone elsewhere after login.
    from: typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : undefined,
    notice: notice === 'expired' ? notice : undefined,
  };
}
