import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectBrowserLanguage, storeLanguage } from './detect-language.ts';
import { intlLocales, isLanguage, type Language } from './languages.ts';
import { namespaces, resources } from './resources.ts';

/** Parley's one i18next instance; import this module once, before the first render. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: detectBrowserLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'tr'],
  ns: namespaces,
  defaultNS: 'common',
  // Resources are bundled: initialise synchronously so the first render is already translated.
  initAsync: false,
  // React escapes what it renders; escaping twice would show &amp; to people.
  interpolation: { escapeValue: false },
  returnEmptyString: false,
});

/** `<html lang>` follows the language shown: screen readers and hyphenation depend on it. */
function syncDocument(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
syncDocument(i18n.language);
i18n.on('languageChanged', syncDocument);

/** The language on screen now. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** The Intl locale for the language on screen. */
export function currentLocale(): string {
  return intlLocales[currentLanguage()];
}

/** Switches every screen at once, without a reload, and remembers the choice in this browser. */
export async function switchLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
}
