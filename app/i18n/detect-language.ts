import { isLanguage, type Language } from './languages.ts';

/** Where the person's own choice is remembered in this browser. */
export const LANGUAGE_STORAGE_KEY = 'parley.language';

type Sources = { stored: string | null | undefined; browser: readonly string[] };

/**
 * The person's stored choice wins; else Turkish when the browser prefers Turkish (tr, tr-TR,
 * tr-CY); else English. Only the first browser language counts: someone whose browser puts
 * English first and Turkish second reads English, as they asked their browser for.
 */
export function detectLanguage({ stored, browser }: Sources): Language {
  if (isLanguage(stored)) return stored;
  const first = browser[0]?.toLowerCase() ?? '';
  return first === 'tr' || first.startsWith('tr-') ? 'tr' : 'en';
}

/** The same, read from this browser; storage can be blocked (private modes), which is no choice. */
export function detectBrowserLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (typeof navigator === 'undefined') return detectLanguage({ stored, browser: [] });
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  return detectLanguage({ stored, browser });
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Blocked storage: the switch still applies to this page, it is just not remembered.
  }
}
