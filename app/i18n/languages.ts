/** The languages Parley's screens are written in; the first is the fallback. */
export const languages = ['en', 'tr'] as const;
export type Language = (typeof languages)[number];

/** Each language named in itself, so a reader finds theirs whatever is shown now. */
export const languageNames: Record<Language, string> = { en: 'English', tr: 'Türkçe' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl, so dates and numbers follow the language shown. */
export const intlLocales: Record<Language, string> = { en: 'en-US', tr: 'tr-TR' };
