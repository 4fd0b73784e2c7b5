import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../hooks/use-media-query.ts';
import { switchLanguage } from './i18n.ts';
import { isLanguage, languageNames, languages } from './languages.ts';

type Props = { className?: string };

/**
 * English / Türkçe, switched live (no reload) and remembered in this browser. Each option
 * is named in its own language and marked with it, so a reader finds theirs.
 */
export function LanguageSwitch({ className = '' }: Props) {
  const { t, i18n } = useTranslation();
  // A phone's top bar has no room for "Türkçe" beside "Oturumu kapat": the code says it there.
  const narrow = useMediaQuery('(max-width: 760px)');
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
          {narrow ? language.toUpperCase() : languageNames[language]}
        </option>
      ))}
    </select>
  );
}
