import { useTranslation } from 'react-i18next';
import { switchLanguage } from './i18n.ts';
import { isLanguage, languageNames, languages } from './languages.ts';

type Props = { className?: string };

/**
 * English / Türkçe, switched live (no reload) and remembered in this browser. Each option
 * is named in its own language and marked with it, so a reader finds theirs.
 */
export function LanguageSwitch({ className = '' }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <select
      className={`language-switch ${className}`}
      aria-label={t('language.label')}
      title={t('language.label')}
      value={i18n.language}
      onChange={(e) => {
        if (isLanguage(e.target.value)) void switchLanguage(e.target.value);
      }}
    >
      {languages.map((language) => (
        <option key={language} value={language} lang={language}>
          {languageNames[language]}
        </option>
      ))}
    </select>
  );
}
