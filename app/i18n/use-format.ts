import { useTranslation } from 'react-i18next';
import type { Locale } from '../components/format-relative-time.ts';
import { intlLocales, isLanguage } from './languages.ts';

/** `t` and the Intl locale of the language on screen; re-renders when the language changes. */
export function useFormat(): Locale {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return { t, locale: intlLocales[language] };
}
